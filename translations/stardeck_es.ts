<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ConfirmationDetails</name>
    <message>
        <source>%1 (hours since 1970-01-01 UTC)</source>
        <translation>%1 (horas desde 1970-01-01 UTC)</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>Acción: %1</translation>
    </message>
    <message>
        <source>Local id: %1</source>
        <translation>ID local: %1</translation>
    </message>
    <message>
        <source>Sender: %1</source>
        <translation>Remitente: %1</translation>
    </message>
    <message>
        <source>Sender Stark key: %1</source>
        <translation>Clave Stark del remitente: %1</translation>
    </message>
    <message>
        <source>Order id: %1</source>
        <translation>ID de orden: %1</translation>
    </message>
    <message>
        <source>Exchange id: %1</source>
        <translation>ID de exchange: %1</translation>
    </message>
    <message>
        <source>Fee: %1% to %2</source>
        <translation>Comisión: %1 % para %2</translation>
    </message>
    <message>
        <source>Guardian: %1</source>
        <translation>Guardian: %1</translation>
    </message>
    <message>
        <source>confirmation required</source>
        <translation>confirmación necesaria</translation>
    </message>
    <message>
        <source>no confirmation required</source>
        <translation>no se necesita confirmación</translation>
    </message>
    <message>
        <source>StarkEx message %1 of %2</source>
        <translation>Mensaje StarkEx %1 de %2</translation>
    </message>
    <message>
        <source>Server&apos;s readable_transaction:</source>
        <translation>readable_transaction del servidor:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Server&apos;s signable response:</source>
        <translation>Respuesta firmable del servidor:</translation>
    </message>
</context>
<context>
    <name>ConfirmationFormat</name>
    <message>
        <source>%1 %2</source>
        <extracomment>An exact amount and its unit, e.g. &quot;1.5 ETH&quot;.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>NFT</source>
        <translation>NFT</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <extracomment>An NFT without a name: its collection and token id, e.g. &quot;Starship #12&quot;.</extracomment>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>ETH</source>
        <translation>ETH</translation>
    </message>
    <message>
        <source>ERC-20 token</source>
        <translation>Token ERC-20</translation>
    </message>
    <message>
        <source>NFT (ERC-721)</source>
        <translation>NFT (ERC-721)</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The request is not valid; check what you entered.</source>
        <translation>La solicitud no es válida; revise los datos introducidos.</translation>
    </message>
    <message>
        <source>Your session has ended. Log in again.</source>
        <translation>Su sesión ha terminado. Inicie sesión de nuevo.</translation>
    </message>
    <message>
        <source>Your account is not registered with Immutable X yet.</source>
        <translation>Su cuenta aún no está registrada en Immutable X.</translation>
    </message>
    <message>
        <source>You declined the request.</source>
        <translation>Ha rechazado la solicitud.</translation>
    </message>
    <message>
        <source>Immutable&apos;s Guardian did not confirm the request.</source>
        <translation>El Guardian de Immutable no confirmó la solicitud.</translation>
    </message>
    <message>
        <source>The server&apos;s answer did not pass Stardeck&apos;s security checks, so nothing was signed. Do not retry until you know why.</source>
        <translation>La respuesta del servidor no superó las comprobaciones de seguridad de Stardeck, así que no se firmó nada. No lo reintente hasta saber por qué.</translation>
    </message>
    <message>
        <source>Your account is read-only for now: you can look, not send.</source>
        <translation>Su cuenta es de solo lectura por ahora: puede consultar, pero no enviar.</translation>
    </message>
    <message>
        <source>Immutable&apos;s servers cannot be reached. Check your internet connection and try again.</source>
        <translation>No se puede contactar con los servidores de Immutable. Compruebe su conexión a internet e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Immutable&apos;s servers refused the request.</source>
        <translation>Los servidores de Immutable rechazaron la solicitud.</translation>
    </message>
    <message>
        <source>Immutable&apos;s servers sent an answer Stardeck does not understand. Try again later.</source>
        <translation>Los servidores de Immutable enviaron una respuesta que Stardeck no entiende. Inténtelo más tarde.</translation>
    </message>
    <message>
        <source>The request was sent but no answer came back; Stardeck will check whether it went through. Do not send it again.</source>
        <translation>La solicitud se envió pero no llegó respuesta; Stardeck comprobará si se completó. No la envíe de nuevo.</translation>
    </message>
    <message>
        <source>This is not supported for your account.</source>
        <translation>Esto no es compatible con su cuenta.</translation>
    </message>
    <message>
        <source>Your signing key could not sign. Try again; if it keeps failing, log out and in.</source>
        <translation>Su clave de firma no pudo firmar. Inténtelo de nuevo; si sigue fallando, cierre sesión y vuelva a entrar.</translation>
    </message>
    <message>
        <source>Stardeck could not read or write its protected storage.</source>
        <translation>Stardeck no pudo leer ni escribir su almacenamiento protegido.</translation>
    </message>
    <message>
        <source>Something went wrong inside Stardeck.</source>
        <translation>Se produjo un error interno en Stardeck.</translation>
    </message>
    <message>
        <source>Immutable Passport cannot be reached. Check your internet connection and try again.</source>
        <translation>No se puede contactar con Immutable Passport. Compruebe su conexión a internet e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The login was cancelled or refused.</source>
        <translation>El inicio de sesión se canceló o fue rechazado.</translation>
    </message>
    <message>
        <source>The login settings are not valid; check the client ID and redirect URI in Settings.</source>
        <translation>La configuración de inicio de sesión no es válida; revise el ID de cliente y la URI de redirección en Configuración.</translation>
    </message>
    <message>
        <source>The login answer did not pass Stardeck&apos;s security checks. Log in again.</source>
        <translation>La respuesta de inicio de sesión no superó las comprobaciones de seguridad de Stardeck. Inicie sesión de nuevo.</translation>
    </message>
    <message>
        <source>That login had already finished or was replaced. Log in again.</source>
        <translation>Ese inicio de sesión ya había terminado o fue sustituido. Inicie sesión de nuevo.</translation>
    </message>
    <message>
        <source>The login failed. Try again.</source>
        <translation>El inicio de sesión falló. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transferencia</translation>
    </message>
    <message>
        <source>NFT transfer</source>
        <translation>Transferencia de NFT</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>Puesta en venta</translation>
    </message>
    <message>
        <source>Cancelling a listing</source>
        <translation>Retirada de una venta</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Compra</translation>
    </message>
    <message>
        <source>Exchange transfer</source>
        <translation>Transferencia al exchange</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>preparing</source>
        <translation>preparando</translation>
    </message>
    <message>
        <source>checking</source>
        <translation>comprobando</translation>
    </message>
    <message>
        <source>waiting for your approval</source>
        <translation>esperando su aprobación</translation>
    </message>
    <message>
        <source>signing</source>
        <translation>firmando</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>enviando</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>outcome unknown</source>
        <translation>resultado desconocido</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop wallet for Immutable X.</source>
        <translation>Monedero de escritorio para Immutable X.</translation>
    </message>
    <message>
        <source>Save a PNG of the main window to &lt;file&gt; and exit.</source>
        <translation>Guarda un PNG de la ventana principal en &lt;archivo&gt; y sale.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Where to connect: embedded (a built-in demo sandbox, the default), local (a stardeck-sandbox, see --sandbox-url), sandbox (Immutable&apos;s testnet) or production.</source>
        <translation>Dónde conectarse: embedded (un sandbox de demostración integrado, el predeterminado), local (un stardeck-sandbox, véase --sandbox-url), sandbox (la red de pruebas de Immutable) o production.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Base URL of the local stardeck-sandbox (with --environment local).</source>
        <translation>URL base del stardeck-sandbox local (con --environment local).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Log in as &lt;email&gt; without asking (embedded sandbox only; for scripts and screenshots).</source>
        <translation>Iniciar sesión como &lt;email&gt; sin preguntar (solo sandbox integrado; para scripts y capturas de pantalla).</translation>
    </message>
    <message>
        <source>email</source>
        <translation>email</translation>
    </message>
    <message>
        <source>unknown environment &quot;%1&quot;: use embedded, local, sandbox or production</source>
        <translation>entorno desconocido «%1»: use embedded, local, sandbox o production</translation>
    </message>
    <message>
        <source>the local environment needs --sandbox-url, e.g. http://127.0.0.1:8470</source>
        <translation>el entorno local necesita --sandbox-url, p. ej. http://127.0.0.1:8470</translation>
    </message>
    <message>
        <source>--auto-login only works with the embedded sandbox</source>
        <translation>--auto-login solo funciona con el sandbox integrado</translation>
    </message>
    <message>
        <source>--auto-login needs an e-mail address</source>
        <translation>--auto-login necesita una dirección de correo electrónico</translation>
    </message>
    <message>
        <source>How a login in the system browser comes back: loopback (a port on 127.0.0.1, the default) or scheme (the stardeck:// URL handler).</source>
        <translation>Cómo vuelve un inicio de sesión en el navegador del sistema: loopback (un puerto en 127.0.0.1, por defecto) o scheme (el manejador de URL stardeck://).</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>A stardeck:// login answer (the desktop passes it to the running wallet).</source>
        <translation>Una respuesta de inicio de sesión stardeck:// (el escritorio la pasa a la cartera en ejecución).</translation>
    </message>
    <message>
        <source>--browser-redirect takes loopback or scheme</source>
        <translation>--browser-redirect admite loopback o scheme</translation>
    </message>
    <message>
        <source>only one URL can be given</source>
        <translation>solo se puede indicar una URL</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a stardeck:// login answer</source>
        <translation>«%1» no es una respuesta de inicio de sesión stardeck://</translation>
    </message>
</context>
<context>
    <name>stardeck::app::AppServices</name>
    <message>
        <source>Opening your wallet…</source>
        <translation>Abriendo su monedero…</translation>
    </message>
    <message>
        <source>The built-in demo sandbox could not start: %1</source>
        <translation>No se pudo iniciar el sandbox de demostración integrado: %1</translation>
    </message>
    <message>
        <source>The settings for %1 cannot be used: %2</source>
        <translation>No se puede usar la configuración de %1: %2</translation>
    </message>
    <message>
        <source>Built-in demo sandbox</source>
        <translation>Sandbox de demostración integrado</translation>
    </message>
    <message>
        <source>Local sandbox %1</source>
        <translation>Sandbox local %1</translation>
    </message>
    <message>
        <source>Immutable X testnet</source>
        <translation>Red de pruebas de Immutable X</translation>
    </message>
    <message>
        <source>Immutable X mainnet</source>
        <translation>Red principal de Immutable X</translation>
    </message>
    <message>
        <source>Your session has ended (it expired or was revoked). Log in again.</source>
        <translation>Su sesión ha terminado (caducó o fue revocada). Inicie sesión de nuevo.</translation>
    </message>
    <message>
        <source>This is the built-in demo sandbox: log in as demo@stardeck.test (the login page shows the one-time code).</source>
        <translation>Este es el sandbox de demostración integrado: inicie sesión como demo@stardeck.test (la página de inicio de sesión muestra el código de un solo uso).</translation>
    </message>
    <message>
        <source>Your stored session could not be read (%1). Log in again.</source>
        <translation>No se pudo leer su sesión guardada (%1). Inicie sesión de nuevo.</translation>
    </message>
    <message>
        <source>Restoring your session…</source>
        <translation>Restaurando su sesión…</translation>
    </message>
    <message>
        <source>Your session has ended. Log in again.</source>
        <translation>Su sesión ha terminado. Inicie sesión de nuevo.</translation>
    </message>
    <message>
        <source>Continue in your web browser. Stardeck waits for the login to finish.</source>
        <translation>Continúe en su navegador web. Stardeck espera a que termine el inicio de sesión.</translation>
    </message>
    <message>
        <source>Checking the login…</source>
        <translation>Comprobando el inicio de sesión…</translation>
    </message>
    <message>
        <source>Open this address in your web browser to log in:
%1</source>
        <translation>Abra esta dirección en su navegador web para iniciar sesión:
%1</translation>
    </message>
    <message>
        <source>Connecting your wallet…</source>
        <translation>Conectando su monedero…</translation>
    </message>
    <message>
        <source>You are logged in, but your wallet could not be connected. %1</source>
        <translation>Ha iniciado sesión, pero no se pudo conectar su monedero. %1</translation>
    </message>
    <message>
        <source>Stardeck cannot open its record of sent actions. %1</source>
        <translation>Stardeck no puede abrir su registro de acciones enviadas. %1</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Solo lectura: %1</translation>
    </message>
    <message>
        <source>Stardeck</source>
        <translation>Stardeck</translation>
    </message>
    <message>
        <source>Earlier actions could not be checked yet: %1</source>
        <translation>Aún no se pudieron comprobar acciones anteriores: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier action(s) resolved</source>
        <translation>
            <numerusform>%n acción anterior resuelta</numerusform>
            <numerusform>%n acciones anteriores resueltas</numerusform>
        </translation>
    </message>
    <message>
        <source>Registering your account with Immutable X…</source>
        <translation>Registrando su cuenta en Immutable X…</translation>
    </message>
    <message>
        <source>Your account is registered with Immutable X.</source>
        <translation>Su cuenta está registrada en Immutable X.</translation>
    </message>
    <message>
        <source>Logging out…</source>
        <translation>Cerrando sesión…</translation>
    </message>
    <message>
        <source>You have logged out.</source>
        <translation>Ha cerrado la sesión.</translation>
    </message>
    <message>
        <source>You have logged out on this computer; the server could not be told (%1).</source>
        <translation>Ha cerrado la sesión en este equipo; no se pudo avisar al servidor (%1).</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1: hecho</translation>
    </message>
    <message>
        <source>%1: failed</source>
        <translation>%1: fallido</translation>
    </message>
    <message>
        <source>%1: failed (%2)</source>
        <translation>%1: fallido (%2)</translation>
    </message>
    <message>
        <source>%1: sent, but no answer arrived; Stardeck will check it</source>
        <translation>%1: enviado, pero no llegó respuesta; Stardeck lo comprobará</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>an NFT (#%1)</source>
        <translation>un NFT (#%1)</translation>
    </message>
    <message>
        <source>a token transfer</source>
        <translation>una transferencia de tokens</translation>
    </message>
    <message>
        <source>Received %1 from %2</source>
        <translation>Recibido %1 de %2</translation>
    </message>
    <message>
        <source>A login answer arrived, but no login in the browser was waiting for it. Log in again.</source>
        <translation>Llegó una respuesta de inicio de sesión, pero ningún inicio de sesión en el navegador la esperaba. Inicie sesión de nuevo.</translation>
    </message>
</context>
<context>
    <name>stardeck::app::AssetActions</name>
    <message>
        <source>The listing could not be looked up: %1</source>
        <translation>No se pudo consultar la venta: %1</translation>
    </message>
    <message>
        <source>This NFT is not listed for sale.</source>
        <translation>Este NFT no está a la venta.</translation>
    </message>
</context>
<context>
    <name>stardeck::app::SessionVault</name>
    <message>
        <source>Unlock your wallet</source>
        <translation>Desbloquear su monedero</translation>
    </message>
    <message>
        <source>No system keychain is available, so Stardeck keeps your session in an encrypted file.
Passphrase of that file (choose one the first time):</source>
        <translation>No hay ningún llavero del sistema disponible, así que Stardeck guarda su sesión en un archivo cifrado.
Frase de contraseña de ese archivo (elija una la primera vez):</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>A passphrase is needed to keep your session. You can still log in; the session will not be remembered.</source>
        <translation>Se necesita una frase de contraseña para guardar su sesión. Puede iniciar sesión igualmente; la sesión no se recordará.</translation>
    </message>
    <message>
        <source>The secret file stays locked; your session will not be remembered.</source>
        <translation>El archivo secreto sigue bloqueado; su sesión no se recordará.</translation>
    </message>
    <message>
        <source>Your session could not be saved: %1</source>
        <translation>No se pudo guardar su sesión: %1</translation>
    </message>
    <message>
        <source>Your stored session could not be removed: %1</source>
        <translation>No se pudo eliminar su sesión guardada: %1</translation>
    </message>
</context>
<context>
    <name>stardeck::ui</name>
    <message>
        <source>An address starts with 0x.</source>
        <translation>Una dirección empieza por 0x.</translation>
    </message>
    <message>
        <source>An address has only the digits 0-9 and letters a-f after 0x.</source>
        <translation>Una dirección solo tiene los dígitos 0-9 y las letras a-f después de 0x.</translation>
    </message>
    <message>
        <source>An address has 40 hex digits after 0x (this one has %1).</source>
        <translation>Una dirección tiene 40 dígitos hexadecimales después de 0x (esta tiene %1).</translation>
    </message>
    <message>
        <source>The capitalisation does not match the address checksum (EIP-55): a character may be mistyped.</source>
        <translation>Las mayúsculas no coinciden con la suma de verificación de la dirección (EIP-55): puede que haya un carácter mal escrito.</translation>
    </message>
    <message>
        <source>This is your own address.</source>
        <translation>Esta es su propia dirección.</translation>
    </message>
    <message>
        <source>%1 has no decimals: enter a whole number.</source>
        <translation>%1 no tiene decimales: introduzca un número entero.</translation>
    </message>
    <message>
        <source>%1 has at most %2 decimals.</source>
        <translation>%1 tiene como máximo %2 decimales.</translation>
    </message>
    <message>
        <source>Enter an amount like 1.25 (digits and one point, no spaces or commas).</source>
        <translation>Introduzca un importe como 1.25 (dígitos y un punto, sin espacios ni comas).</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>El importe debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>This token has no valid quantum; it cannot be moved.</source>
        <translation>Este token no tiene un quantum válido; no se puede mover.</translation>
    </message>
    <message>
        <source>Amounts of %1 move in steps of %2: the nearest valid amount is %3.</source>
        <translation>Los importes de %1 se mueven en pasos de %2: el importe válido más cercano es %3.</translation>
    </message>
    <message>
        <source>Amounts of %1 move in steps of %2: the nearest valid amounts are %3 and %4.</source>
        <translation>Los importes de %1 se mueven en pasos de %2: los importes válidos más cercanos son %3 y %4.</translation>
    </message>
    <message>
        <source>More than your available balance (%1 %2).</source>
        <translation>Más que su saldo disponible (%1 %2).</translation>
    </message>
    <message>
        <source>Your balances could not be loaded: %1</source>
        <translation>No se pudieron cargar sus saldos: %1</translation>
    </message>
    <message>
        <source>The token list could not be loaded: %1</source>
        <translation>No se pudo cargar la lista de tokens: %1</translation>
    </message>
    <message>
        <source>Preparing the transaction...</source>
        <translation>Preparando la transacción...</translation>
    </message>
    <message>
        <source>Checking the server&apos;s transaction against your request...</source>
        <translation>Comprobando la transacción del servidor con su solicitud...</translation>
    </message>
    <message>
        <source>Waiting for your approval in the confirmation window...</source>
        <translation>Esperando su aprobación en la ventana de confirmación...</translation>
    </message>
    <message>
        <source>Signing...</source>
        <translation>Firmando...</translation>
    </message>
    <message>
        <source>Submitting...</source>
        <translation>Enviando...</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Hecho.</translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation>Fallido.</translation>
    </message>
    <message>
        <source>Sent; waiting to learn the outcome.</source>
        <translation>Enviado; esperando conocer el resultado.</translation>
    </message>
    <message>
        <source>You rejected the confirmation. Nothing was signed or sent.</source>
        <translation>Ha rechazado la confirmación. No se firmó ni se envió nada.</translation>
    </message>
    <message>
        <source>Refused: the server&apos;s transaction did not match what you asked for. Nothing was signed.</source>
        <translation>Rechazado: la transacción del servidor no coincidía con lo que pidió. No se firmó nada.</translation>
    </message>
    <message>
        <source>Refused: Immutable&apos;s Guardian confirmation was declined or not completed. Nothing was sent.</source>
        <translation>Rechazado: la confirmación del Guardian de Immutable se denegó o no se completó. No se envió nada.</translation>
    </message>
    <message>
        <source>Your account is read-only for now, so nothing was sent: %1</source>
        <translation>Su cuenta es de solo lectura por ahora, así que no se envió nada: %1</translation>
    </message>
    <message>
        <source>The server did not answer before anything was sent; nothing changed. Try again later. (%1)</source>
        <translation>El servidor no respondió antes de enviar nada; no cambió nada. Inténtelo más tarde. (%1)</translation>
    </message>
    <message>
        <source>The server refused the request: %1</source>
        <translation>El servidor rechazó la solicitud: %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer was malformed, so nothing was signed: %1</source>
        <translation>La respuesta del servidor tenía un formato incorrecto, así que no se firmó nada: %1</translation>
    </message>
    <message>
        <source>Sent, but no answer came back. Stardeck will check the outcome; do not repeat it yet.</source>
        <translation>Enviado, pero no llegó respuesta. Stardeck comprobará el resultado; no lo repita todavía.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again, then retry.</source>
        <translation>Su sesión ha terminado. Inicie sesión de nuevo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>This account is not registered with Immutable X yet.</source>
        <translation>Esta cuenta aún no está registrada en Immutable X.</translation>
    </message>
    <message>
        <source>The request is not valid: %1</source>
        <translation>La solicitud no es válida: %1</translation>
    </message>
    <message>
        <source>This operation is not supported for Passport accounts.</source>
        <translation>Esta operación no es compatible con cuentas de Passport.</translation>
    </message>
    <message>
        <source>Signing failed; nothing was sent: %1</source>
        <translation>La firma falló; no se envió nada: %1</translation>
    </message>
    <message>
        <source>Local storage failed; nothing was sent: %1</source>
        <translation>Falló el almacenamiento local; no se envió nada: %1</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Algo salió mal: %1</translation>
    </message>
</context>
<context>
    <name>stardeck::ui::AboutDialog</name>
    <message>
        <source>About Stardeck</source>
        <translation>Acerca de Stardeck</translation>
    </message>
    <message>
        <source>Stardeck logo</source>
        <translation>Logotipo de Stardeck</translation>
    </message>
    <message>
        <source>Stardeck</source>
        <translation>Stardeck</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>A desktop wallet for Immutable X, signing in with Passport.</source>
        <translation>Un monedero de escritorio para Immutable X con inicio de sesión mediante Passport.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Compilado con Qt %1, ejecutándose con Qt %2.</translation>
    </message>
    <message>
        <source>Free software under the MIT License.</source>
        <translation>Software libre bajo la licencia MIT.</translation>
    </message>
</context>
<context>
    <name>stardeck::ui::ActionDialog</name>
    <message>
        <source>Input problem</source>
        <translation>Problema con los datos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>stardeck::ui::ActivityModel</name>
    <message>
        <source>The wallet is not connected to Immutable X.</source>
        <translation>El monedero no está conectado a Immutable X.</translation>
    </message>
    <message>
        <source>No account is selected.</source>
        <translation>No hay ninguna cuenta seleccionada.</translation>
    </message>
    <message>
        <source>Could not load your activity. %1</source>
        <translation>No se pudo cargar su actividad. %1</translation>
    </message>
    <message>
        <source>Could not load token details. %1</source>
        <translation>No se pudieron cargar los detalles del token. %1</translation>
    </message>
    <message>
        <source>NFT #%1</source>
        <extracomment>an NFT in the activity list; %1 is its token id</extracomment>
        <translation>NFT #%1</translation>
    </message>
    <message>
        <source>for %1 %2</source>
        <extracomment>the price of an order: amount and asset asked for</extracomment>
        <translation>por %1 %2</translation>
    </message>
    <message>
        <source>Order %1</source>
        <extracomment>the other side of a trade: its order id</extracomment>
        <translation>Orden %1</translation>
    </message>
    <message>
        <source>received %1 %2</source>
        <extracomment>what a trade brought in: amount and asset</extracomment>
        <translation>recibido %1 %2</translation>
    </message>
    <message>
        <source>%1, waiting for Immutable X to confirm</source>
        <extracomment>a signed request not yet confirmed; %1 is what it does, e.g. &quot;Cancel order&quot;</extracomment>
        <translation>%1, esperando la confirmación de Immutable X</translation>
    </message>
    <message>
        <source>%1 %2: %3 %4, %5, %6</source>
        <extracomment>one activity row read as a sentence: kind, direction, amount, asset, status, time</extracomment>
        <translation>%1 %2: %3 %4, %5, %6</translation>
    </message>
    <message>
        <source>Counterparty: %1</source>
        <translation>Contraparte: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>Contraparte</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transferencia</translation>
    </message>
    <message>
        <source>NFT batch transfer</source>
        <translation>Transferencia múltiple de NFT</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>Nueva orden</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Cancelar orden</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>Operación</translation>
    </message>
    <message>
        <source>Exchange transfer</source>
        <translation>Transferencia al exchange</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Ejecutada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducada</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactiva</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abandonada</translation>
    </message>
    <message>
        <source>Transaction ID</source>
        <translation>ID de transacción</translation>
    </message>
    <message>
        <source>Possible address-poisoning transfer</source>
        <translation>Posible transferencia de envenenamiento de direcciones</translation>
    </message>
    <message>
        <source>Nothing was sent, from an address you never sent to and that is not in your address book. Do not copy the address from here.</source>
        <translation>No se envió nada, desde una dirección a la que nunca ha enviado y que no está en su libreta de direcciones. No copie la dirección desde aquí.</translation>
    </message>
    <message>
        <source>A tiny amount from an address you never sent to and that is not in your address book. Do not copy the address from here.</source>
        <translation>Una cantidad ínfima desde una dirección a la que nunca ha enviado y que no está en su libreta de direcciones. No copie la dirección desde aquí.</translation>
    </message>
    <message>
        <source>The sender only looks like %1, an address you know. Do not copy the address from here.</source>
        <extracomment>%1 is the full address the sender imitates</extracomment>
        <translation>El remitente solo se parece a %1, una dirección que conoce. No copie la dirección desde aquí.</translation>
    </message>
</context>
<context>
    <name>stardeck::ui::ActivityPage</name>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Kind of activity</source>
        <translation>Tipo de actividad</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Transferencias</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Órdenes</translation>
    </message>
    <message>
        <source>Trades</source>
        <translation>Operaciones</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Refresh activity</source>
        <translation>Actualizar la actividad</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>Export activity as CSV</source>
        <translation>Exportar la actividad como CSV</translation>
    </message>
    <message>
        <source>Export activity</source>
        <translation>Exportar actividad</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportado a %1</translation>
    </message>
    <message>
        <source>Could not write %1: choose another folder.</source>
        <translation>No se pudo escribir %1: elija otra carpeta.</translation>
    </message>
    <message numerus="yes">
        <source>Hide %n suspicious transfer(s)</source>
        <translation>
            <numerusform>Ocultar %n transferencia sospechosa</numerusform>
            <numerusform>Ocultar %n transferencias sospechosas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show %n hidden suspicious transfer(s)</source>
        <translation>
            <numerusform>Mostrar %n transferencia sospechosa oculta</numerusform>
            <numerusform>Mostrar %n transferencias sospechosas ocultas</numerusform>
        </translation>
    </message>
    <message>
        <source>Tiny or empty transfers from unknown addresses, and transfers from addresses that imitate ones you know, are often address poisoning.</source>
        <translation>Las transferencias ínfimas o vacías desde direcciones desconocidas, y las de direcciones que imitan otras que conoce, suelen ser envenenamiento de direcciones.</translation>
    </message>
</context>
<context>
    <name>stardeck::ui::AddressBook</name>
    <message>
        <source>The address book %1 cannot be read: %2</source>
        <translation>No se puede leer la libreta de direcciones %1: %2</translation>
    </message>
    <message>
        <source>The address book %1 is too large to be an address book.</source>
        <translation>La libreta de direcciones %1 es demasiado grande para ser una libreta de direcciones.</translation>
    </message>
    <message>
        <source>The address book %1 is damaged (%2). It was left untouched; fix or remove it to edit names.</source>
        <translation>La libreta de direcciones %1 está dañada (%2). No se ha modificado; repárela o elimínela para editar nombres.</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>expected exactly the keys &quot;version&quot; and &quot;entries&quot;</source>
        <translation>se esperaban exactamente las claves «version» y «entries»</translation>
    </message>
    <message>
        <source>unknown version</source>
        <translation>versión desconocida</translation>
    </message>
    <message>
        <source>&quot;entries&quot; is not a list</source>
        <translation>«entries» no es una lista</translation>
    </message>
    <message>
        <source>entry %1 is not {&quot;address&quot;, &quot;name&quot;}</source>
        <translation>la entrada %1 no es {&quot;address&quot;, &quot;name&quot;}</translation>
    </message>
    <message>
        <source>entry %1: %2</source>
        <translation>entrada %1: %2</translation>
    </message>
    <message>
        <source>entry %1 repeats an address</source>
        <translation>la entrada %1 repite una dirección</translation>
    </message>
    <message>
        <source>The address is empty.</source>
        <translation>La dirección está vacía.</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>El nombre está vacío.</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation>El nombre tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>The name contains control characters.</source>
        <translation>El nombre contiene caracteres de control.</translation>
    </message>
    <message>
        <source>The address book file is damaged; it is not overwritten. Fix or remove %1 first.</source>
        <translation>El archivo de la libreta de direcciones está dañado; no se sobrescribe. Repare o elimine %1 primero.</translation>
    </message>
    <message>
        <source>The address book cannot be saved: %1</source>
        <translation>No se puede guardar la libreta de direcciones: %1</translation>
    </message>
    <message>
        <source>This address already has the name &quot;%1&quot;.</source>
        <translation>Esta dirección ya tiene el nombre «%1».</translation>
    </message>
    <message>
        <source>This address is not in the address book.</source>
        <translation>Esta dirección no está en la libreta de direcciones.</translation>
    </message>
</context>
<context>
    <name>stardeck::ui::AddressBookDialog</name>
    <message>
        <source>Address book</source>
        <translation>Libreta de direcciones</translation>
    </message>
    <message>
        <source>Named addresses</source>
        <translation>Direcciones con nombre</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>0x...</source>
        <translation>0x...</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>Address book message</source>
        <translation>Mensaje de la libreta de direcciones</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renombrar</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
</context>
<context>
    <name>stardeck::ui::AddressField</name>
    <message>
        <source>0x... or a name from your address book</source>
        <translation>0x... o un nombre de su libreta de direcciones</translation>
    </message>
    <message>
        <source>Receiver address</source>
        <translation>Dirección del destinatario</translation>
    </message>
    <message>
        <source>Receiver name</source>
        <translation>Nombre del destinatario</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <source>New address: you have not sent to it before.</source>
        <translation>Dirección nueva: nunca ha enviado nada a ella.</translation>
    </message>
</context>
<context>
    <name>stardeck::ui::ApiErrorText</name>
    <message>
        <source>The Immutable X API could not be reached. Check your connection and try again.</source>
        <translation>No se puede contactar con la API de Immutable X. Compruebe su conexión e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The Immutable X API did not answer in time. Try again in a moment.</source>
        <translation>La API de Immutable X no respondió a tiempo. Inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>The Immutable X API answered with an error (HTTP %1).</source>
        <translation>La API de Immutable X respondió con un error (HTTP %1).</translation>
    </message>
    <message>
        <source>The Immutable X API answered with an error (HTTP %1): %2</source>
        <translation>La API de Immutable X respondió con un error (HTTP %1): %2</translation>
    </message>
    <message>
        <source>The Immutable X API sent an answer this wallet does not understand (%1).</source>
        <translation>La API de Immutable X envió una respuesta que este monedero no entiende (%1).</translation>
    </message>
    <message>
        <source>The Immutable X API sent an answer that is too large.</source>
        <translation>La API de Immutable X envió una respuesta demasiado grande.</translation>
    </message>
    <message>
        <source>The Immutable X API request failed.</source>
        <translation>La solicitud a la API de Immutable X falló.</translation>
    </message>
    <message>
        <source>The Immutable X API sent an answer this wallet does not understand.</source>
        <translation>La API de Immutable X envió una respuesta que esta billetera no entiende.</translation>
    </message>
</context>
<context>
    <name>stardeck::ui::AssetGridModel</name>
    <message>
        <source>The wallet is not connected to Immutable X.</source>
        <translation>El monedero no está conectado a Immutable X.</translation>
    </message>
    <message>
        <source>No account is selected.</source>
        <translation>No hay ninguna cuenta seleccionada.</translation>
    </message>
    <message>
        <source>Could not load your NFTs. %1</source>
        <translation>No se pudieron cargar sus NFT. %1</translation>
    </message>
    <message>
        <source>Token #%1</source>
        <extracomment>shown for an NFT without a name; %1 is its token id</extracomment>
        <translation>Token #%1</translation>
    </message>
    <message>
        <source>%1
%2, token #%3</source>
        <extracomment>NFT tooltip: name, then collection and token id on a second line</extracomment>
        <translation>%1
%2, token #%3</translation>
    </message>
    <message>
        <source>%1 from %2, token %3</source>
        <translation>%1 de %2, token %3</translation>
    </message>
</context>
<context>
    <name>stardeck::ui::AssetsPage</name>
    <message>
        <source>Assets</source>
        <translation>Activos</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Colección</translation>
    </message>
    <message>
        <source>All collections</source>
        <translation>Todas las colecciones</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>Buscar por nombre</translation>
    </message>
    <message>
        <source>Your NFTs</source>
        <translation>Sus NFT</translation>
    </message>
    <message>
        <source>NFT image</source>
        <translation>Imagen del NFT</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadatos</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>&amp;Enviar…</translation>
    </message>
    <message>
        <source>S&amp;ell…</source>
        <translation>&amp;Vender…</translation>
    </message>
    <message>
        <source>&amp;Cancel listing</source>
        <translation>&amp;Retirar de la venta</translation>
    </message>
    <message>
        <source>Select an NFT to see its details.</source>
        <translation>Seleccione un NFT para ver sus detalles.</translation>
    </message>
    <message>
        <source>Unnamed NFT</source>
        <translation>NFT sin nombre</translation>
    </message>
    <message>
        <source>Collection: %1
Contract: %2
Token ID: %3</source>
        <translation>Colección: %1
Contrato: %2
ID de token: %3</translation>
    </message>
    <message>
        <source>Not available in this version yet</source>
        <translation>Aún no disponible en esta versión</translation>
    </message>
    <message numerus="yes">
        <source>Loading… %n NFT(s)</source>
        <translation>
            <numerusform>Cargando… %n NFT</numerusform>
            <numerusform>Cargando… %n NFT</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load every NFT: %1</source>
        <translation>No se pudieron cargar todos los NFT: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n NFT(s)</source>
        <translation>
            <numerusform>%n NFT</numerusform>
            <numerusform>%n NFT</numerusform>
        </translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Propiedad</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message numerus="yes">
        <source>%n NFT(s) selected</source>
        <translation>
            <numerusform>%n NFT seleccionado</numerusform>
            <numerusform>%n NFT seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <source>Send them together in one batch transfer, confirmed once.</source>
        <translation>Envíelos juntos en una transferencia por lotes, con una sola confirmación.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Refresh NFTs</source>
        <translation>Actualizar NFT</translation>
    </message>
</context>
<context>
    <name>stardeck::ui::BalancesModel</name>
    <message>
        <source>The wallet is not connected to Immutable X.</source>
        <translation>El monedero no está conectado a Immutable X.</translation>
    </message>
    <message>
        <source>No account is selected.</source>
        <translation>No hay ninguna cuenta seleccionada.</translation>
    </message>
    <message>
        <source>Could not load balances. %1</source>
        <translation>No se pudieron cargar los saldos. %1</translation>
    </message>
    <message>
        <source>Could not load the details of token %1. %2</source>
        <translation>No se pudieron cargar los detalles del token %1. %2</translation>
    </message>
    <message>
        <source>Token %1 has invalid decimals (%2).</source>
        <translation>El token %1 tiene decimales no válidos (%2).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>token name and symbol, e.g. &quot;Ethereum (ETH)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Amount hidden</source>
        <translation>Importe oculto</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <extracomment>&quot;&lt;column&gt;: &lt;amount&gt; &lt;symbol&gt;&quot;, e.g. &quot;Balance: 12.5 ETH&quot;</extracomment>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Preparing withdrawal</source>
        <translation>Preparando retirada</translation>
    </message>
    <message>
        <source>Withdrawable</source>
        <translation>Retirable</translation>
    </message>
</context>
<context>
    <name>stardeck::ui::BuyDialog</name>
    <message>
        <source>Buy</source>
        <translation>Comprar</translation>
    </message>
    <message>
        <source>This order is %1; it can no longer be bought.</source>
        <translation>Esta orden está %1; ya no se puede comprar.</translation>
    </message>
    <message>
        <source>This is your own listing.</source>
        <translation>Esta es su propia venta.</translation>
    </message>
    <message>
        <source>You get:</source>
        <translation>Recibe:</translation>
    </message>
    <message>
        <source>You pay:</source>
        <translation>Paga:</translation>
    </message>
    <message>
        <source>Bought. Trade %1 is %2.</source>
        <translation>Comprado. La operación %1 está %2.</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>aceptada</translation>
    </message>
</context>
<context>
    <name>stardeck::ui::CancelOrderDialog</name>
    <message>
        <source>Cancel listing</source>
        <translation>Retirar de la venta</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Cancelar orden</translation>
    </message>
    <message>
        <source>Keep listing</source>
        <translation>Mantener a la venta</translation>
    </message>
    <message>
        <source>This order is %1; there is nothing to cancel.</source>
        <translation>Esta orden está %1; no hay nada que cancelar.</translation>
    </message>
    <message>
        <source>This is not your order.</source>
        <translation>Esta orden no es suya.</translation>
    </message>
    <message>
        <source>Selling:</source>
        <translation>Vende:</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>Precio:</translation>
    </message>
    <message>
        <source>Order %1 is %2.</source>
        <translation>La orden %1 está %2.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
</context>
<context>
    <name>stardeck::ui::ConfirmationDialog</name>
    <message>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>Details of the action</source>
        <translation>Detalles de la acción</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Cancel, do not sign</source>
        <translation>Cancelar, no firmar</translation>
    </message>
    <message>
        <source>Close, do not sign</source>
        <translation>Cerrar, no firmar</translation>
    </message>
    <message>
        <source>Continue to confirmation</source>
        <translation>Continuar a la confirmación</translation>
    </message>
    <message>
        <source>Approve and sign</source>
        <translation>Aprobar y firmar</translation>
    </message>
    <message>
        <source>Available a moment after this window is shown or brought back to the front.</source>
        <translation>Disponible un momento después de que esta ventana se muestre o vuelva a primer plano.</translation>
    </message>
    <message>
        <source>Review the action and approve or cancel it.</source>
        <translation>Revise la acción y apruébela o cancélela.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Check every detail. Nothing is signed until you approve.</source>
        <translation>Compruebe cada detalle. No se firma nada hasta que lo apruebe.</translation>
    </message>
    <message>
        <source>⚠ Cannot be approved: %1</source>
        <translation>⚠ No se puede aprobar: %1</translation>
    </message>
    <message>
        <source>Why this action cannot be approved</source>
        <translation>Por qué no se puede aprobar esta acción</translation>
    </message>
    <message>
        <source>the action contains nothing to sign.</source>
        <translation>la acción no contiene nada que firmar.</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <source>Show the raw StarkEx fields</source>
        <translation>Mostrar los campos StarkEx sin procesar</translation>
    </message>
    <message>
        <source>Raw StarkEx fields and the server&apos;s description</source>
        <translation>Campos StarkEx sin procesar y la descripción del servidor</translation>
    </message>
    <message>
        <source>an amount cannot be shown exactly (%1 decimals).</source>
        <translation>un importe no se puede mostrar con exactitud (%1 decimales).</translation>
    </message>
    <message>
        <source>(amount cannot be shown)</source>
        <translation>(el importe no se puede mostrar)</translation>
    </message>
    <message>
        <source>Address book name: %1</source>
        <translation>Nombre en la libreta de direcciones: %1</translation>
    </message>
    <message>
        <source>Address %1</source>
        <translation>Dirección %1</translation>
    </message>
    <message>
        <source>⚠ First time sending here. Check the whole address.</source>
        <translation>⚠ Primer envío a esta dirección. Compruebe la dirección completa.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Image of %1</source>
        <translation>Imagen de %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Contract %1</source>
        <translation>Contrato %1</translation>
    </message>
    <message>
        <source>Token ID %1</source>
        <translation>ID de token %1</translation>
    </message>
    <message>
        <source>Asset ID %1</source>
        <translation>ID de activo %1</translation>
    </message>
    <message>
        <source>Hide the raw StarkEx fields</source>
        <translation>Ocultar los campos StarkEx sin procesar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>From (your account)</source>
        <translation>Desde (su cuenta)</translation>
    </message>
    <message>
        <source>Register with Immutable X</source>
        <translation>Registrarse en Immutable X</translation>
    </message>
    <message>
        <source>Stark key</source>
        <translation>Clave Stark</translation>
    </message>
    <message>
        <source>Links this Stark key to your Ethereum address on Immutable X so that you can trade and transfer. No assets or funds move.</source>
        <translation>Vincula esta clave Stark a su dirección de Ethereum en Immutable X para que pueda operar y transferir. No se mueven activos ni fondos.</translation>
    </message>
    <message>
        <source>Cancel listing #%1</source>
        <translation>Retirar la venta #%1</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>Puesta en venta</translation>
    </message>
    <message>
        <source>Order #%1</source>
        <translation>Orden #%1</translation>
    </message>
    <message>
        <source>The listing is removed from the order book. No assets or funds move.</source>
        <translation>La venta se elimina del libro de órdenes. No se mueven activos ni fondos.</translation>
    </message>
    <message>
        <source>Send %1</source>
        <translation>Enviar %1</translation>
    </message>
    <message>
        <source>Send %1 for exchange #%2</source>
        <translation>Enviar %1 para el exchange #%2</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <source>Exchange #%1</source>
        <translation>Exchange #%1</translation>
    </message>
    <message>
        <source>Send 1 NFT</source>
        <translation>Enviar 1 NFT</translation>
    </message>
    <message numerus="yes">
        <source>Send %n NFTs</source>
        <translation>
            <numerusform>Enviar %n NFT</numerusform>
            <numerusform>Enviar %n NFT</numerusform>
        </translation>
    </message>
    <message>
        <source>a batch transfer moves something other than one NFT.</source>
        <translation>una transferencia múltiple mueve algo que no es un NFT.</translation>
    </message>
    <message>
        <source>NFT %1 of %2</source>
        <translation>NFT %1 de %2</translation>
    </message>
    <message>
        <source>the order does not say what it asks for.</source>
        <translation>la orden no indica qué pide.</translation>
    </message>
    <message>
        <source>Sell %1 for %2</source>
        <translation>Vender %1 por %2</translation>
    </message>
    <message>
        <source>You sell</source>
        <translation>Vende</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>the trade does not say what you receive.</source>
        <translation>la operación no indica qué recibe.</translation>
    </message>
    <message>
        <source>Buy %1 for %2</source>
        <translation>Comprar %1 por %2</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>You receive</source>
        <translation>Recibe</translation>
    </message>
    <message>
        <source>You pay</source>
        <translation>Paga</translation>
    </message>
    <message>
        <source>Confirm an action</source>
        <translation>Confirmar una acción</translation>
    </message>
    <message>
        <source>%1% to %2</source>
        <extracomment>A fee: percentage and recipient, e.g. &quot;1.5% to Marketplace (0x1234 ...)&quot;.</extracomment>
        <translation>%1 % para %2</translation>
    </message>
    <message>
        <source>%1% to %2 (%3)</source>
        <translation>%1 % para %2 (%3)</translation>
    </message>
    <message>
        <source>StarkEx fee of at most %1 quantized units (details under Advanced)</source>
        <translation>Comisión de StarkEx de como máximo %1 unidades cuantizadas (detalles en Avanzado)</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Comisiones</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>the expiry is not a valid date.</source>
        <translation>la fecha de caducidad no es una fecha válida.</translation>
    </message>
    <message>
        <source>(invalid date)</source>
        <translation>(fecha no válida)</translation>
    </message>
    <message>
        <source>Expires (local time)</source>
        <translation>Caduca (hora local)</translation>
    </message>
    <message>
        <source>the payload hash was not verified on this computer, so what would be signed may differ from what is shown.</source>
        <translation>el hash de la carga no se verificó en este equipo, así que lo que se firmaría puede diferir de lo mostrado.</translation>
    </message>
    <message>
        <source>✓ Hash verified locally</source>
        <translation>✓ Hash verificado localmente</translation>
    </message>
    <message>
        <source>Stardeck recomputed the StarkEx payload hash from the fields shown here, and it matches the server&apos;s.</source>
        <translation>Stardeck recalculó el hash de la carga StarkEx a partir de los campos mostrados aquí y coincide con el del servidor.</translation>
    </message>
    <message numerus="yes">
        <source>Stardeck recomputed all %n StarkEx payload hashes from the fields shown here, and they match the server&apos;s.</source>
        <translation>
            <numerusform>Stardeck recalculó %n hash de carga StarkEx a partir de los campos mostrados aquí y coincide con el del servidor.</numerusform>
            <numerusform>Stardeck recalculó los %n hashes de carga StarkEx a partir de los campos mostrados aquí y coinciden con los del servidor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Immutable requires a second confirmation for this action. After you continue, Immutable&apos;s confirmation page opens; nothing is signed before you confirm there too.</source>
        <translation>Immutable exige una segunda confirmación para esta acción. Al continuar se abre la página de confirmación de Immutable; no se firma nada hasta que también confirme allí.</translation>
    </message>
</context>
<context>
    <name>stardeck::ui::ExchangeTransferDialog</name>
    <message>
        <source>Send to exchange</source>
        <translation>Enviar al exchange</translation>
    </message>
    <message>
        <source>Exchange transfer</source>
        <translation>Transferencia al exchange</translation>
    </message>
    <message>
        <source>Exchange id</source>
        <translation>ID de exchange</translation>
    </message>
    <message>
        <source>E&amp;xchange id:</source>
        <translation>ID de e&amp;xchange:</translation>
    </message>
    <message>
        <source>&amp;Receiver:</source>
        <translation>&amp;Destinatario:</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Loading your balances...</source>
        <translation>Cargando sus saldos...</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>0.0</source>
        <translation>0.0</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Importe:</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>No disponible</translation>
    </message>
    <message>
        <source>%1 (%2 available)</source>
        <translation>%1 (%2 disponible)</translation>
    </message>
    <message>
        <source>Sent to the exchange. Transfer %1 is %2.</source>
        <translation>Enviado al exchange. La transferencia %1 está %2.</translation>
    </message>
    <message>
        <source>Open exchanges</source>
        <translation>Exchanges abiertos</translation>
    </message>
    <message>
        <source>Loading your open exchanges...</source>
        <translation>Cargando sus exchanges abiertos...</translation>
    </message>
    <message>
        <source>&amp;Open exchange:</source>
        <translation>Exchange &amp;abierto:</translation>
    </message>
    <message>
        <source>#%1: %2 to %3</source>
        <extracomment>an open off-ramp exchange: %1 its id, %2 the amount and currency to send, %3 the provider</extracomment>
        <translation>#%1: %2 a %3</translation>
    </message>
    <message>
        <source>No open exchanges</source>
        <translation>No hay exchanges abiertos</translation>
    </message>
    <message>
        <source>Choose an exchange...</source>
        <translation>Elija un exchange...</translation>
    </message>
    <message>
        <source>Exchange %1 is paid to %2, not to this receiver.</source>
        <translation>El exchange %1 se paga a %2, no a este destinatario.</translation>
    </message>
    <message>
        <source>Exchange %1 is not one of your open exchanges: check the id.</source>
        <translation>El exchange %1 no es uno de sus exchanges abiertos: compruebe el ID.</translation>
    </message>
</context>
<context>
    <name>stardeck::ui::GuardianConfirmationDialog</name>
    <message>
        <source>Confirm this transaction</source>
        <translation>Confirmar esta transacción</translation>
    </message>
    <message>
        <source>Immutable Passport transaction confirmation</source>
        <translation>Confirmación de transacción de Immutable Passport</translation>
    </message>
    <message>
        <source>Immutable Passport confirmation page</source>
        <translation>Página de confirmación de Immutable Passport</translation>
    </message>
    <message>
        <source>Immutable Passport asks you to confirm this transaction on its own page. Nothing is signed until you confirm there.</source>
        <translation>Immutable Passport le pide que confirme esta transacción en su propia página. No se firma nada hasta que confirme allí.</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explicación</translation>
    </message>
    <message>
        <source>Page from: %1</source>
        <translation>Página de: %1</translation>
    </message>
    <message>
        <source>Origin of the confirmation page</source>
        <translation>Origen de la página de confirmación</translation>
    </message>
    <message>
        <source>Loading the confirmation page…</source>
        <translation>Cargando la página de confirmación…</translation>
    </message>
    <message>
        <source>Confirmation status</source>
        <translation>Estado de la confirmación</translation>
    </message>
    <message>
        <source>Cancel the transaction</source>
        <translation>Cancelar la transacción</translation>
    </message>
    <message>
        <source>The confirmation page stopped working. Cancel and try again.</source>
        <translation>La página de confirmación dejó de funcionar. Cancele e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Review the transaction and confirm or reject it on the page.</source>
        <translation>Revise la transacción y confírmela o recházela en la página.</translation>
    </message>
    <message>
        <source>The confirmation page reported a problem.</source>
        <translation>La página de confirmación informó de un problema.</translation>
    </message>
    <message>
        <source>The confirmation page is not on the Immutable Passport service and was not opened.</source>
        <translation>La página de confirmación no pertenece al servicio Immutable Passport y no se abrió.</translation>
    </message>
    <message>
        <source>The confirmation page is not on the Passport service</source>
        <translation>La página de confirmación no pertenece al servicio Passport</translation>
    </message>
    <message>
        <source>Transaction rejected by user</source>
        <translation>Transacción rechazada por el usuario</translation>
    </message>
    <message>
        <source>Error during transaction confirmation</source>
        <translation>Error durante la confirmación de la transacción</translation>
    </message>
    <message>
        <source>Unsupported message type</source>
        <translation>Tipo de mensaje no compatible</translation>
    </message>
    <message>
        <source>Confirmed.</source>
        <translation>Confirmado.</translation>
    </message>
    <message>
        <source>The confirmation window was closed</source>
        <translation>Se cerró la ventana de confirmación</translation>
    </message>
</context>
<context>
    <name>stardeck::ui::GuardianWebPage</name>
    <message>
        <source>The server&apos;s certificate is not valid: %1</source>
        <translation>El certificado del servidor no es válido: %1</translation>
    </message>
    <message>
        <source>This page is not part of Immutable Passport and was not opened.</source>
        <translation>Esta página no forma parte de Immutable Passport y no se abrió.</translation>
    </message>
    <message>
        <source>The confirmation page tried to open a new window.</source>
        <translation>La página de confirmación intentó abrir una ventana nueva.</translation>
    </message>
</context>
<context>
    <name>stardeck::ui::LoginDialog</name>
    <message>
        <source>Log in with Immutable Passport</source>
        <translation>Iniciar sesión con Immutable Passport</translation>
    </message>
    <message>
        <source>Immutable Passport login page</source>
        <translation>Página de inicio de sesión de Immutable Passport</translation>
    </message>
    <message>
        <source>Login status</source>
        <translation>Estado del inicio de sesión</translation>
    </message>
    <message>
        <source>Log in with your browser</source>
        <translation>Iniciar sesión con su navegador</translation>
    </message>
    <message>
        <source>Log in with your browser instead</source>
        <translation>Iniciar sesión con su navegador en su lugar</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>This sign-in provider does not allow embedded windows. Continue in your browser.</source>
        <translation>Este proveedor de inicio de sesión no permite ventanas integradas. Continúe en su navegador.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>The login page could not be loaded. Check the connection and try again.</source>
        <translation>No se pudo cargar la página de inicio de sesión. Compruebe la conexión e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Checking the login…</source>
        <translation>Comprobando el inicio de sesión…</translation>
    </message>
    <message>
        <source>Logged in.</source>
        <translation>Sesión iniciada.</translation>
    </message>
    <message>
        <source>Login failed: %1</source>
        <translation>Error al iniciar sesión: %1</translation>
    </message>
</context>
<context>
    <name>stardeck::ui::LoginPage</name>
    <message>
        <source>Log in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Log in to your Immutable Passport account</source>
        <translation>Inicie sesión en su cuenta de Immutable Passport</translation>
    </message>
    <message>
        <source>Stardeck logo</source>
        <translation>Logotipo de Stardeck</translation>
    </message>
    <message>
        <source>Welcome to Stardeck</source>
        <translation>Bienvenido a Stardeck</translation>
    </message>
    <message>
        <source>Your Immutable X wallet. Log in with your Immutable Passport account; Stardeck never sees your password.</source>
        <translation>Su monedero de Immutable X. Inicie sesión con su cuenta de Immutable Passport; Stardeck nunca ve su contraseña.</translation>
    </message>
    <message>
        <source>Log in with Immutable Passport</source>
        <translation>Iniciar sesión con Immutable Passport</translation>
    </message>
    <message>
        <source>Log in with your browser</source>
        <translation>Iniciar sesión con su navegador</translation>
    </message>
    <message>
        <source>Opens the login page in your web browser, e.g. to use Google or a password manager</source>
        <translation>Abre la página de inicio de sesión en su navegador web, p. ej. para usar Google o un gestor de contraseñas</translation>
    </message>
</context>
<context>
    <name>stardeck::ui::LoginWebPage</name>
    <message>
        <source>The server&apos;s certificate is not valid: %1</source>
        <translation>El certificado del servidor no es válido: %1</translation>
    </message>
    <message>
        <source>A frame tried to complete the login.</source>
        <translation>Un marco intentó completar el inicio de sesión.</translation>
    </message>
    <message>
        <source>This page is not part of the Immutable login and was not opened.</source>
        <translation>Esta página no forma parte del inicio de sesión de Immutable y no se abrió.</translation>
    </message>
    <message>
        <source>The login page tried to open a new window.</source>
        <translation>La página de inicio de sesión intentó abrir una ventana nueva.</translation>
    </message>
</context>
<context>
    <name>stardeck::ui::MainWindow</name>
    <message>
        <source>Stardeck</source>
        <extracomment>Window title: the product name, normally left untranslated.</extracomment>
        <translation>Stardeck</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Activos</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <source>&amp;Assets</source>
        <translation>Ac&amp;tivos</translation>
    </message>
    <message>
        <source>A&amp;ctivity</source>
        <translation>A&amp;ctividad</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>C&amp;onfiguración</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Stardeck</source>
        <translation>&amp;Acerca de Stardeck</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Account address</source>
        <translation>Dirección de la cuenta</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the account address</source>
        <translation>Copiar la dirección de la cuenta</translation>
    </message>
    <message>
        <source>Address copied</source>
        <translation>Dirección copiada</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Mercado</translation>
    </message>
    <message>
        <source>&amp;Market</source>
        <translation>&amp;Mercado</translation>
    </message>
    <message>
        <source>&amp;Wallet</source>
        <translation>&amp;Cartera</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>&amp;Enviar…</translation>
    </message>
    <message>
        <source>&amp;Buy from the market…</source>
        <translation>&amp;Comprar en el mercado…</translation>
    </message>
    <message>
        <source>Send to an &amp;exchange…</source>
        <translation>Enviar a un &amp;exchange…</translation>
    </message>
    <message>
        <source>Clock warning</source>
        <translation>Aviso de reloj</translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minute(s) ahead of the server&apos;s. Signatures, expiry dates and login checks depend on it: correct the clock in your system settings.</source>
        <translation>
            <numerusform>El reloj de este equipo va %n minuto adelantado respecto al del servidor. Las firmas, las fechas de caducidad y las comprobaciones de inicio de sesión dependen de él: corrija el reloj en la configuración del sistema.</numerusform>
            <numerusform>El reloj de este equipo va %n minutos adelantado respecto al del servidor. Las firmas, las fechas de caducidad y las comprobaciones de inicio de sesión dependen de él: corrija el reloj en la configuración del sistema.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minute(s) behind the server&apos;s. Signatures, expiry dates and login checks depend on it: correct the clock in your system settings.</source>
        <translation>
            <numerusform>El reloj de este equipo va %n minuto atrasado respecto al del servidor. Las firmas, las fechas de caducidad y las comprobaciones de inicio de sesión dependen de él: corrija el reloj en la configuración del sistema.</numerusform>
            <numerusform>El reloj de este equipo va %n minutos atrasado respecto al del servidor. Las firmas, las fechas de caducidad y las comprobaciones de inicio de sesión dependen de él: corrija el reloj en la configuración del sistema.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n hour(s) ahead of the server&apos;s. Signatures, expiry dates and login checks depend on it: correct the clock in your system settings.</source>
        <translation>
            <numerusform>El reloj de este equipo va %n hora adelantado respecto al del servidor. Las firmas, las fechas de caducidad y las comprobaciones de inicio de sesión dependen de él: corrija el reloj en la configuración del sistema.</numerusform>
            <numerusform>El reloj de este equipo va %n horas adelantado respecto al del servidor. Las firmas, las fechas de caducidad y las comprobaciones de inicio de sesión dependen de él: corrija el reloj en la configuración del sistema.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n hour(s) behind the server&apos;s. Signatures, expiry dates and login checks depend on it: correct the clock in your system settings.</source>
        <translation>
            <numerusform>El reloj de este equipo va %n hora atrasado respecto al del servidor. Las firmas, las fechas de caducidad y las comprobaciones de inicio de sesión dependen de él: corrija el reloj en la configuración del sistema.</numerusform>
            <numerusform>El reloj de este equipo va %n horas atrasado respecto al del servidor. Las firmas, las fechas de caducidad y las comprobaciones de inicio de sesión dependen de él: corrija el reloj en la configuración del sistema.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n day(s) ahead of the server&apos;s. Signatures, expiry dates and login checks depend on it: correct the clock in your system settings.</source>
        <translation>
            <numerusform>El reloj de este equipo va %n día adelantado respecto al del servidor. Las firmas, las fechas de caducidad y las comprobaciones de inicio de sesión dependen de él: corrija el reloj en la configuración del sistema.</numerusform>
            <numerusform>El reloj de este equipo va %n días adelantado respecto al del servidor. Las firmas, las fechas de caducidad y las comprobaciones de inicio de sesión dependen de él: corrija el reloj en la configuración del sistema.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n day(s) behind the server&apos;s. Signatures, expiry dates and login checks depend on it: correct the clock in your system settings.</source>
        <translation>
            <numerusform>El reloj de este equipo va %n día atrasado respecto al del servidor. Las firmas, las fechas de caducidad y las comprobaciones de inicio de sesión dependen de él: corrija el reloj en la configuración del sistema.</numerusform>
            <numerusform>El reloj de este equipo va %n días atrasado respecto al del servidor. Las firmas, las fechas de caducidad y las comprobaciones de inicio de sesión dependen de él: corrija el reloj en la configuración del sistema.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stardeck::ui::MarketModel</name>
    <message>
        <source>Could not load token details. %1</source>
        <translation>No se pudieron cargar los detalles del token. %1</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <extracomment>a listed NFT: %1 is the collection&apos;s name, %2 the token id</extracomment>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>unknown token</source>
        <translation>token desconocido</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Collection %1, token %2</source>
        <translation>Colección %1, token %2</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Vendedor</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
</context>
<context>
    <name>stardeck::ui::MarketPage</name>
    <message>
        <source>Market</source>
        <translation>Mercado</translation>
    </message>
    <message>
        <source>Listings</source>
        <translation>Anuncios</translation>
    </message>
    <message>
        <source>NFTs other people are selling. Buying opens the order as the server has it, and nothing is signed before you confirm.</source>
        <translation>NFT que venden otras personas. Comprar abre la orden tal como la tiene el servidor, y nada se firma antes de que usted confirme.</translation>
    </message>
    <message>
        <source>Search listings</source>
        <translation>Buscar anuncios</translation>
    </message>
    <message>
        <source>Search by collection or token id</source>
        <translation>Buscar por colección o ID de token</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Refresh listings</source>
        <translation>Actualizar anuncios</translation>
    </message>
    <message>
        <source>&amp;Buy…</source>
        <translation>&amp;Comprar…</translation>
    </message>
    <message>
        <source>Buy the selected listing</source>
        <translation>Comprar el anuncio seleccionado</translation>
    </message>
    <message>
        <source>No listings</source>
        <translation>No hay anuncios</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n listing(s)</source>
        <translation>
            <numerusform>El anuncio más reciente</numerusform>
            <numerusform>Los %n anuncios más recientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n listing(s)</source>
        <translation>
            <numerusform>%n anuncio</numerusform>
            <numerusform>%n anuncios</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stardeck::ui::OrderActionDialog</name>
    <message>
        <source>Order:</source>
        <translation>Orden:</translation>
    </message>
    <message>
        <source>Order %1 could not be loaded: %2</source>
        <translation>No se pudo cargar la orden %1: %2</translation>
    </message>
    <message>
        <source>NFT #%1 (%2)</source>
        <translation>NFT #%1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Seller:</source>
        <translation>Vendedor:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Caduca:</translation>
    </message>
</context>
<context>
    <name>stardeck::ui::OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Balances</source>
        <translation>Saldos</translation>
    </message>
    <message>
        <source>&amp;Hide balances</source>
        <translation>&amp;Ocultar saldos</translation>
    </message>
    <message>
        <source>Hide balances</source>
        <translation>Ocultar saldos</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Refresh balances</source>
        <translation>Actualizar saldos</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>&amp;Enviar…</translation>
    </message>
    <message>
        <source>Send ETH or a token</source>
        <translation>Enviar ETH o un token</translation>
    </message>
</context>
<context>
    <name>stardeck::ui::RefreshStatus</name>
    <message>
        <source>Updating…</source>
        <translation>Actualizando…</translation>
    </message>
    <message>
        <source>%1 (last updated %2)</source>
        <extracomment>%1 is &quot;Updating…&quot;, %2 the time the data shown was loaded</extracomment>
        <translation>%1 (última actualización: %2)</translation>
    </message>
    <message>
        <source>Out of date: showing data from %1. %2</source>
        <extracomment>A refresh failed and the page still shows older data. %1 is the time that data was loaded, %2 the error (a sentence, e.g. &quot;Could not load balances. …&quot;).</extracomment>
        <translation>Desactualizado: se muestran datos de las %1. %2</translation>
    </message>
    <message>
        <source>Could not update: %1</source>
        <translation>No se pudo actualizar: %1</translation>
    </message>
    <message>
        <source>Last updated %1</source>
        <translation>Última actualización: %1</translation>
    </message>
    <message>
        <source>The data shown is out of date.</source>
        <translation>Los datos mostrados están desactualizados.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
</context>
<context>
    <name>stardeck::ui::RegisterPage</name>
    <message>
        <source>Register with Immutable X</source>
        <translation>Registrarse en Immutable X</translation>
    </message>
    <message>
        <source>One more step: register with Immutable X</source>
        <translation>Un paso más: regístrese en Immutable X</translation>
    </message>
    <message>
        <source>Your Passport account has no Immutable X wallet yet. Registering links a Stark key, derived from your Passport signer, to your account. It is free and needs no transaction fee.</source>
        <translation>Su cuenta de Passport aún no tiene un monedero de Immutable X. El registro vincula a su cuenta una clave Stark derivada de su firmante de Passport. Es gratuito y no requiere comisión de transacción.</translation>
    </message>
    <message>
        <source>Registration progress</source>
        <translation>Progreso del registro</translation>
    </message>
    <message>
        <source>Logged in as %1</source>
        <translation>Sesión iniciada como %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
</context>
<context>
    <name>stardeck::ui::SellDialog</name>
    <message>
        <source>List for sale</source>
        <translation>Poner a la venta</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>Vender</translation>
    </message>
    <message>
        <source>#%1 of %2</source>
        <translation>#%1 de %2</translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation>%1 (#%2)</translation>
    </message>
    <message>
        <source>NFT to sell</source>
        <translation>NFT a la venta</translation>
    </message>
    <message>
        <source>NFT:</source>
        <translation>NFT:</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>0.0</source>
        <translation>0.0</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Loading...</source>
        <translation>Cargando...</translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation>&amp;Precio:</translation>
    </message>
    <message>
        <source>&amp;Ends on</source>
        <translation>&amp;Termina el</translation>
    </message>
    <message>
        <source>The listing ends at a set time</source>
        <translation>La venta termina en un momento fijado</translation>
    </message>
    <message>
        <source>End of the listing</source>
        <translation>Fin de la venta</translation>
    </message>
    <message>
        <source>Expiry:</source>
        <translation>Caducidad:</translation>
    </message>
    <message>
        <source>None: no marketplace fees are added.</source>
        <translation>Ninguna: no se añaden comisiones de mercado.</translation>
    </message>
    <message>
        <source>Fees:</source>
        <translation>Comisiones:</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>No disponible</translation>
    </message>
    <message>
        <source>The end of the listing must be in the future.</source>
        <translation>El fin de la venta debe estar en el futuro.</translation>
    </message>
    <message>
        <source>Listed. Order %1 is %2.</source>
        <translation>Puesto a la venta. La orden %1 está %2.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activa</translation>
    </message>
    <message numerus="yes">
        <source>The listing can end at most %n day(s) from now.</source>
        <translation>
            <numerusform>El anuncio puede terminar como máximo dentro de %n día.</numerusform>
            <numerusform>El anuncio puede terminar como máximo dentro de %n días.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stardeck::ui::SendDialog</name>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message numerus="yes">
        <source>Send %n NFT(s)</source>
        <translation>
            <numerusform>Enviar %n NFT</numerusform>
            <numerusform>Enviar %n NFT</numerusform>
        </translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Loading your balances...</source>
        <translation>Cargando sus saldos...</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>0.0</source>
        <translation>0.0</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Importe:</translation>
    </message>
    <message>
        <source>Available:</source>
        <translation>Disponible:</translation>
    </message>
    <message>
        <source>#%1 of %2</source>
        <translation>#%1 de %2</translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation>%1 (#%2)</translation>
    </message>
    <message>
        <source>NFTs to send</source>
        <translation>NFT que enviar</translation>
    </message>
    <message>
        <source>NFTs:</source>
        <translation>NFT:</translation>
    </message>
    <message>
        <source>&amp;Receiver:</source>
        <translation>&amp;Destinatario:</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>No disponible</translation>
    </message>
    <message>
        <source>%1 (%2 available)</source>
        <translation>%1 (%2 disponible)</translation>
    </message>
    <message>
        <source>You hold no ETH or ERC20 tokens to send.</source>
        <translation>No tiene ETH ni tokens ERC-20 que enviar.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n NFT(s).</source>
        <translation>
            <numerusform>%n NFT enviado.</numerusform>
            <numerusform>%n NFT enviados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent. Transfer %1 is %2.</source>
        <translation>Enviado. La transferencia %1 está %2.</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>aceptada</translation>
    </message>
    <message>
        <source>Warning: this address only looks like %1 (same first and last characters). Check every character: look-alike addresses are used to steal funds.</source>
        <translation>Advertencia: esta dirección solo se parece a %1 (mismos primeros y últimos caracteres). Compruebe cada carácter: las direcciones parecidas se usan para robar fondos.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>stardeck::ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <source>Built-in demo sandbox</source>
        <translation>Sandbox de demostración integrado</translation>
    </message>
    <message>
        <source>Local sandbox (stardeck-sandbox)</source>
        <translation>Sandbox local (stardeck-sandbox)</translation>
    </message>
    <message>
        <source>Immutable X testnet (sandbox)</source>
        <translation>Red de pruebas de Immutable X (sandbox)</translation>
    </message>
    <message>
        <source>Immutable X mainnet (production)</source>
        <translation>Red principal de Immutable X (production)</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Entorno:</translation>
    </message>
    <message>
        <source>Local sandbox URL</source>
        <translation>URL del sandbox local</translation>
    </message>
    <message>
        <source>Local sandbox &amp;URL:</source>
        <translation>&amp;URL del sandbox local:</translation>
    </message>
    <message>
        <source>Passport client ID</source>
        <translation>ID de cliente de Passport</translation>
    </message>
    <message>
        <source>default</source>
        <translation>predeterminado</translation>
    </message>
    <message>
        <source>Passport &amp;client ID:</source>
        <translation>ID de &amp;cliente de Passport:</translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation>URI de redirección</translation>
    </message>
    <message>
        <source>&amp;Redirect URI:</source>
        <translation>URI de &amp;redirección:</translation>
    </message>
    <message>
        <source>Network changes take effect the next time Stardeck starts.</source>
        <translation>Los cambios de red se aplican la próxima vez que se inicie Stardeck.</translation>
    </message>
    <message>
        <source>Privacy and appearance</source>
        <translation>Privacidad y apariencia</translation>
    </message>
    <message>
        <source>Load images from third-party servers</source>
        <translation>Cargar imágenes de servidores de terceros</translation>
    </message>
    <message>
        <source>NFT images are often hosted by their creators. Loading them tells those servers your IP address. When off, only images from Immutable&apos;s own servers are shown.</source>
        <translation>Las imágenes de NFT suelen estar alojadas por sus creadores. Al cargarlas, esos servidores conocen su dirección IP. Si está desactivado, solo se muestran imágenes de los propios servidores de Immutable.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Seguir al sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Not opened yet</source>
        <translation>Aún no abierto</translation>
    </message>
    <message>
        <source>Session and keys stored in:</source>
        <translation>Sesión y claves guardadas en:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Guardar la configuración</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>stardeck::ui::TokenLoad</name>
    <message>
        <source>The token list could not be loaded: %1</source>
        <translation>No se pudo cargar la lista de tokens: %1</translation>
    </message>
</context>
</TS>
