<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ConfirmationDetails</name>
    <message>
        <source>%1 (hours since 1970-01-01 UTC)</source>
        <translation>%1 (Stunden seit 1970-01-01 UTC)</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>Aktion: %1</translation>
    </message>
    <message>
        <source>Local id: %1</source>
        <translation>Lokale ID: %1</translation>
    </message>
    <message>
        <source>Sender: %1</source>
        <translation>Absender: %1</translation>
    </message>
    <message>
        <source>Sender Stark key: %1</source>
        <translation>Stark-Schlüssel des Absenders: %1</translation>
    </message>
    <message>
        <source>Order id: %1</source>
        <translation>Order-ID: %1</translation>
    </message>
    <message>
        <source>Exchange id: %1</source>
        <translation>Exchange-ID: %1</translation>
    </message>
    <message>
        <source>Fee: %1% to %2</source>
        <translation>Gebühr: %1 % an %2</translation>
    </message>
    <message>
        <source>Guardian: %1</source>
        <translation>Guardian: %1</translation>
    </message>
    <message>
        <source>confirmation required</source>
        <translation>Bestätigung erforderlich</translation>
    </message>
    <message>
        <source>no confirmation required</source>
        <translation>keine Bestätigung erforderlich</translation>
    </message>
    <message>
        <source>StarkEx message %1 of %2</source>
        <translation>StarkEx-Nachricht %1 von %2</translation>
    </message>
    <message>
        <source>Server&apos;s readable_transaction:</source>
        <translation>readable_transaction des Servers:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Server&apos;s signable response:</source>
        <translation>Signierbare Antwort des Servers:</translation>
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
        <translation>ERC-20-Token</translation>
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
        <translation>Die Anfrage ist ungültig; prüfen Sie Ihre Eingaben.</translation>
    </message>
    <message>
        <source>Your session has ended. Log in again.</source>
        <translation>Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Your account is not registered with Immutable X yet.</source>
        <translation>Ihr Konto ist noch nicht bei Immutable X registriert.</translation>
    </message>
    <message>
        <source>You declined the request.</source>
        <translation>Sie haben die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>Immutable&apos;s Guardian did not confirm the request.</source>
        <translation>Der Guardian von Immutable hat die Anfrage nicht bestätigt.</translation>
    </message>
    <message>
        <source>The server&apos;s answer did not pass Stardeck&apos;s security checks, so nothing was signed. Do not retry until you know why.</source>
        <translation>Die Antwort des Servers hat die Sicherheitsprüfungen von Stardeck nicht bestanden, daher wurde nichts signiert. Wiederholen Sie den Vorgang erst, wenn Sie den Grund kennen.</translation>
    </message>
    <message>
        <source>Your account is read-only for now: you can look, not send.</source>
        <translation>Ihr Konto ist vorerst schreibgeschützt: Sie können ansehen, aber nicht senden.</translation>
    </message>
    <message>
        <source>Immutable&apos;s servers cannot be reached. Check your internet connection and try again.</source>
        <translation>Die Server von Immutable sind nicht erreichbar. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Immutable&apos;s servers refused the request.</source>
        <translation>Die Server von Immutable haben die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>Immutable&apos;s servers sent an answer Stardeck does not understand. Try again later.</source>
        <translation>Die Server von Immutable haben eine Antwort gesendet, die Stardeck nicht versteht. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The request was sent but no answer came back; Stardeck will check whether it went through. Do not send it again.</source>
        <translation>Die Anfrage wurde gesendet, aber es kam keine Antwort; Stardeck prüft, ob sie ausgeführt wurde. Senden Sie sie nicht erneut.</translation>
    </message>
    <message>
        <source>This is not supported for your account.</source>
        <translation>Dies wird für Ihr Konto nicht unterstützt.</translation>
    </message>
    <message>
        <source>Your signing key could not sign. Try again; if it keeps failing, log out and in.</source>
        <translation>Ihr Signaturschlüssel konnte nicht signieren. Versuchen Sie es erneut; wenn es weiterhin fehlschlägt, melden Sie sich ab und wieder an.</translation>
    </message>
    <message>
        <source>Stardeck could not read or write its protected storage.</source>
        <translation>Stardeck konnte seinen geschützten Speicher nicht lesen oder schreiben.</translation>
    </message>
    <message>
        <source>Something went wrong inside Stardeck.</source>
        <translation>In Stardeck ist ein interner Fehler aufgetreten.</translation>
    </message>
    <message>
        <source>Immutable Passport cannot be reached. Check your internet connection and try again.</source>
        <translation>Immutable Passport ist nicht erreichbar. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The login was cancelled or refused.</source>
        <translation>Die Anmeldung wurde abgebrochen oder abgelehnt.</translation>
    </message>
    <message>
        <source>The login settings are not valid; check the client ID and redirect URI in Settings.</source>
        <translation>Die Anmeldeeinstellungen sind ungültig; prüfen Sie Client-ID und Weiterleitungs-URI in den Einstellungen.</translation>
    </message>
    <message>
        <source>The login answer did not pass Stardeck&apos;s security checks. Log in again.</source>
        <translation>Die Anmeldeantwort hat die Sicherheitsprüfungen von Stardeck nicht bestanden. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>That login had already finished or was replaced. Log in again.</source>
        <translation>Diese Anmeldung war bereits abgeschlossen oder wurde ersetzt. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The login failed. Try again.</source>
        <translation>Die Anmeldung ist fehlgeschlagen. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registrierung</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Überweisung</translation>
    </message>
    <message>
        <source>NFT transfer</source>
        <translation>NFT-Übertragung</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Cancelling a listing</source>
        <translation>Angebot zurückziehen</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Kauf</translation>
    </message>
    <message>
        <source>Exchange transfer</source>
        <translation>Überweisung an Exchange</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>preparing</source>
        <translation>wird vorbereitet</translation>
    </message>
    <message>
        <source>checking</source>
        <translation>wird geprüft</translation>
    </message>
    <message>
        <source>waiting for your approval</source>
        <translation>wartet auf Ihre Freigabe</translation>
    </message>
    <message>
        <source>signing</source>
        <translation>wird signiert</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>wird gesendet</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>outcome unknown</source>
        <translation>Ergebnis unbekannt</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop wallet for Immutable X.</source>
        <translation>Desktop-Wallet für Immutable X.</translation>
    </message>
    <message>
        <source>Save a PNG of the main window to &lt;file&gt; and exit.</source>
        <translation>Ein PNG des Hauptfensters in &lt;Datei&gt; speichern und beenden.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Where to connect: embedded (a built-in demo sandbox, the default), local (a stardeck-sandbox, see --sandbox-url), sandbox (Immutable&apos;s testnet) or production.</source>
        <translation>Verbindungsziel: embedded (eine integrierte Demo-Sandbox, Standard), local (eine stardeck-sandbox, siehe --sandbox-url), sandbox (Testnetz von Immutable) oder production.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Base URL of the local stardeck-sandbox (with --environment local).</source>
        <translation>Basis-URL der lokalen stardeck-sandbox (mit --environment local).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Log in as &lt;email&gt; without asking (embedded sandbox only; for scripts and screenshots).</source>
        <translation>Ohne Nachfrage als &lt;email&gt; anmelden (nur integrierte Sandbox; für Skripte und Screenshots).</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>unknown environment &quot;%1&quot;: use embedded, local, sandbox or production</source>
        <translation>unbekannte Umgebung „%1“: verwenden Sie embedded, local, sandbox oder production</translation>
    </message>
    <message>
        <source>the local environment needs --sandbox-url, e.g. http://127.0.0.1:8470</source>
        <translation>die lokale Umgebung benötigt --sandbox-url, z. B. http://127.0.0.1:8470</translation>
    </message>
    <message>
        <source>--auto-login only works with the embedded sandbox</source>
        <translation>--auto-login funktioniert nur mit der integrierten Sandbox</translation>
    </message>
    <message>
        <source>--auto-login needs an e-mail address</source>
        <translation>--auto-login benötigt eine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>How a login in the system browser comes back: loopback (a port on 127.0.0.1, the default) or scheme (the stardeck:// URL handler).</source>
        <translation>Wie eine Anmeldung im System-Browser zurückkommt: loopback (ein Port auf 127.0.0.1, Standard) oder scheme (der stardeck://-URL-Handler).</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>A stardeck:// login answer (the desktop passes it to the running wallet).</source>
        <translation>Eine stardeck://-Anmeldeantwort (die Arbeitsumgebung reicht sie an die laufende Wallet weiter).</translation>
    </message>
    <message>
        <source>--browser-redirect takes loopback or scheme</source>
        <translation>--browser-redirect erwartet loopback oder scheme</translation>
    </message>
    <message>
        <source>only one URL can be given</source>
        <translation>nur eine URL kann angegeben werden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a stardeck:// login answer</source>
        <translation>„%1“ ist keine stardeck://-Anmeldeantwort</translation>
    </message>
</context>
<context>
    <name>stardeck::app::AppServices</name>
    <message>
        <source>Opening your wallet…</source>
        <translation>Ihre Wallet wird geöffnet…</translation>
    </message>
    <message>
        <source>The built-in demo sandbox could not start: %1</source>
        <translation>Die integrierte Demo-Sandbox konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>The settings for %1 cannot be used: %2</source>
        <translation>Die Einstellungen für %1 sind nicht verwendbar: %2</translation>
    </message>
    <message>
        <source>Built-in demo sandbox</source>
        <translation>Integrierte Demo-Sandbox</translation>
    </message>
    <message>
        <source>Local sandbox %1</source>
        <translation>Lokale Sandbox %1</translation>
    </message>
    <message>
        <source>Immutable X testnet</source>
        <translation>Immutable X Testnetz</translation>
    </message>
    <message>
        <source>Immutable X mainnet</source>
        <translation>Immutable X Mainnet</translation>
    </message>
    <message>
        <source>Your session has ended (it expired or was revoked). Log in again.</source>
        <translation>Ihre Sitzung ist beendet (abgelaufen oder widerrufen). Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>This is the built-in demo sandbox: log in as demo@stardeck.test (the login page shows the one-time code).</source>
        <translation>Dies ist die integrierte Demo-Sandbox: Melden Sie sich als demo@stardeck.test an (die Anmeldeseite zeigt den Einmalcode).</translation>
    </message>
    <message>
        <source>Your stored session could not be read (%1). Log in again.</source>
        <translation>Ihre gespeicherte Sitzung konnte nicht gelesen werden (%1). Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Restoring your session…</source>
        <translation>Sitzung wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>Your session has ended. Log in again.</source>
        <translation>Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Continue in your web browser. Stardeck waits for the login to finish.</source>
        <translation>Fahren Sie in Ihrem Webbrowser fort. Stardeck wartet, bis die Anmeldung abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Checking the login…</source>
        <translation>Anmeldung wird geprüft…</translation>
    </message>
    <message>
        <source>Open this address in your web browser to log in:
%1</source>
        <translation>Öffnen Sie diese Adresse in Ihrem Webbrowser, um sich anzumelden:
%1</translation>
    </message>
    <message>
        <source>Connecting your wallet…</source>
        <translation>Ihre Wallet wird verbunden…</translation>
    </message>
    <message>
        <source>You are logged in, but your wallet could not be connected. %1</source>
        <translation>Sie sind angemeldet, aber Ihre Wallet konnte nicht verbunden werden. %1</translation>
    </message>
    <message>
        <source>Stardeck cannot open its record of sent actions. %1</source>
        <translation>Stardeck kann sein Protokoll gesendeter Aktionen nicht öffnen. %1</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>Stardeck</source>
        <translation>Stardeck</translation>
    </message>
    <message>
        <source>Earlier actions could not be checked yet: %1</source>
        <translation>Frühere Aktionen konnten noch nicht geprüft werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier action(s) resolved</source>
        <translation>
            <numerusform>%n frühere Aktion geklärt</numerusform>
            <numerusform>%n frühere Aktionen geklärt</numerusform>
        </translation>
    </message>
    <message>
        <source>Registering your account with Immutable X…</source>
        <translation>Ihr Konto wird bei Immutable X registriert…</translation>
    </message>
    <message>
        <source>Your account is registered with Immutable X.</source>
        <translation>Ihr Konto ist bei Immutable X registriert.</translation>
    </message>
    <message>
        <source>Logging out…</source>
        <translation>Abmeldung läuft…</translation>
    </message>
    <message>
        <source>You have logged out.</source>
        <translation>Sie haben sich abgemeldet.</translation>
    </message>
    <message>
        <source>You have logged out on this computer; the server could not be told (%1).</source>
        <translation>Sie haben sich auf diesem Computer abgemeldet; der Server konnte nicht benachrichtigt werden (%1).</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1: erledigt</translation>
    </message>
    <message>
        <source>%1: failed</source>
        <translation>%1: fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1: failed (%2)</source>
        <translation>%1: fehlgeschlagen (%2)</translation>
    </message>
    <message>
        <source>%1: sent, but no answer arrived; Stardeck will check it</source>
        <translation>%1: gesendet, aber keine Antwort erhalten; Stardeck prüft das</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>an NFT (#%1)</source>
        <translation>ein NFT (#%1)</translation>
    </message>
    <message>
        <source>a token transfer</source>
        <translation>eine Token-Überweisung</translation>
    </message>
    <message>
        <source>Received %1 from %2</source>
        <translation>%1 von %2 erhalten</translation>
    </message>
    <message>
        <source>A login answer arrived, but no login in the browser was waiting for it. Log in again.</source>
        <translation>Eine Anmeldeantwort ist eingetroffen, aber keine Anmeldung im Browser hat darauf gewartet. Melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>stardeck::app::AssetActions</name>
    <message>
        <source>The listing could not be looked up: %1</source>
        <translation>Das Angebot konnte nicht abgerufen werden: %1</translation>
    </message>
    <message>
        <source>This NFT is not listed for sale.</source>
        <translation>Dieses NFT wird nicht zum Verkauf angeboten.</translation>
    </message>
</context>
<context>
    <name>stardeck::app::SessionVault</name>
    <message>
        <source>Unlock your wallet</source>
        <translation>Wallet entsperren</translation>
    </message>
    <message>
        <source>No system keychain is available, so Stardeck keeps your session in an encrypted file.
Passphrase of that file (choose one the first time):</source>
        <translation>Es ist kein System-Schlüsselbund verfügbar, daher speichert Stardeck Ihre Sitzung in einer verschlüsselten Datei.
Passphrase dieser Datei (beim ersten Mal frei wählen):</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>A passphrase is needed to keep your session. You can still log in; the session will not be remembered.</source>
        <translation>Zum Speichern Ihrer Sitzung wird eine Passphrase benötigt. Sie können sich trotzdem anmelden; die Sitzung wird dann nicht gespeichert.</translation>
    </message>
    <message>
        <source>The secret file stays locked; your session will not be remembered.</source>
        <translation>Die geheime Datei bleibt gesperrt; Ihre Sitzung wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>Your session could not be saved: %1</source>
        <translation>Ihre Sitzung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Your stored session could not be removed: %1</source>
        <translation>Ihre gespeicherte Sitzung konnte nicht entfernt werden: %1</translation>
    </message>
</context>
<context>
    <name>stardeck::ui</name>
    <message>
        <source>An address starts with 0x.</source>
        <translation>Eine Adresse beginnt mit 0x.</translation>
    </message>
    <message>
        <source>An address has only the digits 0-9 and letters a-f after 0x.</source>
        <translation>Eine Adresse enthält nach 0x nur die Ziffern 0-9 und die Buchstaben a-f.</translation>
    </message>
    <message>
        <source>An address has 40 hex digits after 0x (this one has %1).</source>
        <translation>Eine Adresse hat nach 0x 40 Hex-Ziffern (diese hat %1).</translation>
    </message>
    <message>
        <source>The capitalisation does not match the address checksum (EIP-55): a character may be mistyped.</source>
        <translation>Die Groß-/Kleinschreibung passt nicht zur Prüfsumme der Adresse (EIP-55): Möglicherweise ist ein Zeichen vertippt.</translation>
    </message>
    <message>
        <source>This is your own address.</source>
        <translation>Das ist Ihre eigene Adresse.</translation>
    </message>
    <message>
        <source>%1 has no decimals: enter a whole number.</source>
        <translation>%1 hat keine Nachkommastellen: Geben Sie eine ganze Zahl ein.</translation>
    </message>
    <message>
        <source>%1 has at most %2 decimals.</source>
        <translation>%1 hat höchstens %2 Nachkommastellen.</translation>
    </message>
    <message>
        <source>Enter an amount like 1.25 (digits and one point, no spaces or commas).</source>
        <translation>Geben Sie einen Betrag wie 1.25 ein (Ziffern und ein Punkt, keine Leerzeichen oder Kommas).</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Der Betrag muss größer als null sein.</translation>
    </message>
    <message>
        <source>This token has no valid quantum; it cannot be moved.</source>
        <translation>Dieser Token hat kein gültiges Quantum; er kann nicht bewegt werden.</translation>
    </message>
    <message>
        <source>Amounts of %1 move in steps of %2: the nearest valid amount is %3.</source>
        <translation>Beträge von %1 werden in Schritten von %2 bewegt: Der nächste gültige Betrag ist %3.</translation>
    </message>
    <message>
        <source>Amounts of %1 move in steps of %2: the nearest valid amounts are %3 and %4.</source>
        <translation>Beträge von %1 werden in Schritten von %2 bewegt: Die nächsten gültigen Beträge sind %3 und %4.</translation>
    </message>
    <message>
        <source>More than your available balance (%1 %2).</source>
        <translation>Mehr als Ihr verfügbares Guthaben (%1 %2).</translation>
    </message>
    <message>
        <source>Your balances could not be loaded: %1</source>
        <translation>Ihre Guthaben konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The token list could not be loaded: %1</source>
        <translation>Die Token-Liste konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Preparing the transaction...</source>
        <translation>Transaktion wird vorbereitet...</translation>
    </message>
    <message>
        <source>Checking the server&apos;s transaction against your request...</source>
        <translation>Transaktion des Servers wird mit Ihrer Anfrage abgeglichen...</translation>
    </message>
    <message>
        <source>Waiting for your approval in the confirmation window...</source>
        <translation>Warten auf Ihre Freigabe im Bestätigungsfenster...</translation>
    </message>
    <message>
        <source>Signing...</source>
        <translation>Wird signiert...</translation>
    </message>
    <message>
        <source>Submitting...</source>
        <translation>Wird übermittelt...</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Erledigt.</translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation>Fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Sent; waiting to learn the outcome.</source>
        <translation>Gesendet; das Ergebnis steht noch aus.</translation>
    </message>
    <message>
        <source>You rejected the confirmation. Nothing was signed or sent.</source>
        <translation>Sie haben die Bestätigung abgelehnt. Es wurde nichts signiert oder gesendet.</translation>
    </message>
    <message>
        <source>Refused: the server&apos;s transaction did not match what you asked for. Nothing was signed.</source>
        <translation>Abgelehnt: Die Transaktion des Servers entsprach nicht Ihrer Anfrage. Es wurde nichts signiert.</translation>
    </message>
    <message>
        <source>Refused: Immutable&apos;s Guardian confirmation was declined or not completed. Nothing was sent.</source>
        <translation>Abgelehnt: Die Guardian-Bestätigung von Immutable wurde verweigert oder nicht abgeschlossen. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Your account is read-only for now, so nothing was sent: %1</source>
        <translation>Ihr Konto ist vorerst schreibgeschützt, daher wurde nichts gesendet: %1</translation>
    </message>
    <message>
        <source>The server did not answer before anything was sent; nothing changed. Try again later. (%1)</source>
        <translation>Der Server hat nicht geantwortet, bevor etwas gesendet wurde; nichts hat sich geändert. Versuchen Sie es später erneut. (%1)</translation>
    </message>
    <message>
        <source>The server refused the request: %1</source>
        <translation>Der Server hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer was malformed, so nothing was signed: %1</source>
        <translation>Die Antwort des Servers war fehlerhaft, daher wurde nichts signiert: %1</translation>
    </message>
    <message>
        <source>Sent, but no answer came back. Stardeck will check the outcome; do not repeat it yet.</source>
        <translation>Gesendet, aber es kam keine Antwort. Stardeck prüft das Ergebnis; wiederholen Sie den Vorgang noch nicht.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again, then retry.</source>
        <translation>Ihre Sitzung ist beendet. Melden Sie sich erneut an und versuchen Sie es dann noch einmal.</translation>
    </message>
    <message>
        <source>This account is not registered with Immutable X yet.</source>
        <translation>Dieses Konto ist noch nicht bei Immutable X registriert.</translation>
    </message>
    <message>
        <source>The request is not valid: %1</source>
        <translation>Die Anfrage ist ungültig: %1</translation>
    </message>
    <message>
        <source>This operation is not supported for Passport accounts.</source>
        <translation>Dieser Vorgang wird für Passport-Konten nicht unterstützt.</translation>
    </message>
    <message>
        <source>Signing failed; nothing was sent: %1</source>
        <translation>Signieren fehlgeschlagen; es wurde nichts gesendet: %1</translation>
    </message>
    <message>
        <source>Local storage failed; nothing was sent: %1</source>
        <translation>Lokaler Speicher fehlgeschlagen; es wurde nichts gesendet: %1</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Etwas ist schiefgelaufen: %1</translation>
    </message>
</context>
<context>
    <name>stardeck::ui::AboutDialog</name>
    <message>
        <source>About Stardeck</source>
        <translation>Über Stardeck</translation>
    </message>
    <message>
        <source>Stardeck logo</source>
        <translation>Stardeck-Logo</translation>
    </message>
    <message>
        <source>Stardeck</source>
        <translation>Stardeck</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>A desktop wallet for Immutable X, signing in with Passport.</source>
        <translation>Eine Desktop-Wallet für Immutable X mit Anmeldung über Passport.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Erstellt mit Qt %1, läuft mit Qt %2.</translation>
    </message>
    <message>
        <source>Free software under the MIT License.</source>
        <translation>Freie Software unter der MIT-Lizenz.</translation>
    </message>
</context>
<context>
    <name>stardeck::ui::ActionDialog</name>
    <message>
        <source>Input problem</source>
        <translation>Eingabeproblem</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>stardeck::ui::ActivityModel</name>
    <message>
        <source>The wallet is not connected to Immutable X.</source>
        <translation>Die Wallet ist nicht mit Immutable X verbunden.</translation>
    </message>
    <message>
        <source>No account is selected.</source>
        <translation>Es ist kein Konto ausgewählt.</translation>
    </message>
    <message>
        <source>Could not load your activity. %1</source>
        <translation>Ihre Aktivitäten konnten nicht geladen werden. %1</translation>
    </message>
    <message>
        <source>Could not load token details. %1</source>
        <translation>Token-Details konnten nicht geladen werden. %1</translation>
    </message>
    <message>
        <source>NFT #%1</source>
        <extracomment>an NFT in the activity list; %1 is its token id</extracomment>
        <translation>NFT #%1</translation>
    </message>
    <message>
        <source>for %1 %2</source>
        <extracomment>the price of an order: amount and asset asked for</extracomment>
        <translation>für %1 %2</translation>
    </message>
    <message>
        <source>Order %1</source>
        <extracomment>the other side of a trade: its order id</extracomment>
        <translation>Order %1</translation>
    </message>
    <message>
        <source>received %1 %2</source>
        <extracomment>what a trade brought in: amount and asset</extracomment>
        <translation>%1 %2 erhalten</translation>
    </message>
    <message>
        <source>%1, waiting for Immutable X to confirm</source>
        <extracomment>a signed request not yet confirmed; %1 is what it does, e.g. &quot;Cancel order&quot;</extracomment>
        <translation>%1, wartet auf Bestätigung durch Immutable X</translation>
    </message>
    <message>
        <source>%1 %2: %3 %4, %5, %6</source>
        <extracomment>one activity row read as a sentence: kind, direction, amount, asset, status, time</extracomment>
        <translation>%1 %2: %3 %4, %5, %6</translation>
    </message>
    <message>
        <source>Counterparty: %1</source>
        <translation>Gegenpartei: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>Gegenpartei</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registrierung</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Überweisung</translation>
    </message>
    <message>
        <source>NFT batch transfer</source>
        <translation>NFT-Sammelübertragung</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>Neue Order</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Order stornieren</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>Handel</translation>
    </message>
    <message>
        <source>Exchange transfer</source>
        <translation>Überweisung an Exchange</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Ausgeführt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Übermittelt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Aufgegeben</translation>
    </message>
    <message>
        <source>Transaction ID</source>
        <translation>Transaktions-ID</translation>
    </message>
    <message>
        <source>Possible address-poisoning transfer</source>
        <translation>Möglicher Adressvergiftungs-Transfer</translation>
    </message>
    <message>
        <source>Nothing was sent, from an address you never sent to and that is not in your address book. Do not copy the address from here.</source>
        <translation>Es wurde nichts gesendet, von einer Adresse, an die Sie nie gesendet haben und die nicht in Ihrem Adressbuch steht. Kopieren Sie die Adresse nicht von hier.</translation>
    </message>
    <message>
        <source>A tiny amount from an address you never sent to and that is not in your address book. Do not copy the address from here.</source>
        <translation>Ein winziger Betrag von einer Adresse, an die Sie nie gesendet haben und die nicht in Ihrem Adressbuch steht. Kopieren Sie die Adresse nicht von hier.</translation>
    </message>
    <message>
        <source>The sender only looks like %1, an address you know. Do not copy the address from here.</source>
        <extracomment>%1 is the full address the sender imitates</extracomment>
        <translation>Der Absender sieht nur aus wie %1, eine Adresse, die Sie kennen. Kopieren Sie die Adresse nicht von hier.</translation>
    </message>
</context>
<context>
    <name>stardeck::ui::ActivityPage</name>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>Kind of activity</source>
        <translation>Art der Aktivität</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Überweisungen</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Trades</source>
        <translation>Trades</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Refresh activity</source>
        <translation>Aktivität aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export activity as CSV</source>
        <translation>Aktivität als CSV exportieren</translation>
    </message>
    <message>
        <source>Export activity</source>
        <translation>Aktivität exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>Could not write %1: choose another folder.</source>
        <translation>%1 konnte nicht geschrieben werden: Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message numerus="yes">
        <source>Hide %n suspicious transfer(s)</source>
        <translation>
            <numerusform>%n verdächtigen Transfer ausblenden</numerusform>
            <numerusform>%n verdächtige Transfers ausblenden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show %n hidden suspicious transfer(s)</source>
        <translation>
            <numerusform>%n ausgeblendeten verdächtigen Transfer anzeigen</numerusform>
            <numerusform>%n ausgeblendete verdächtige Transfers anzeigen</numerusform>
        </translation>
    </message>
    <message>
        <source>Tiny or empty transfers from unknown addresses, and transfers from addresses that imitate ones you know, are often address poisoning.</source>
        <translation>Winzige oder leere Transfers von unbekannten Adressen und Transfers von Adressen, die bekannte Adressen nachahmen, sind oft Adressvergiftung.</translation>
    </message>
</context>
<context>
    <name>stardeck::ui::AddressBook</name>
    <message>
        <source>The address book %1 cannot be read: %2</source>
        <translation>Das Adressbuch %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The address book %1 is too large to be an address book.</source>
        <translation>Das Adressbuch %1 ist zu groß für ein Adressbuch.</translation>
    </message>
    <message>
        <source>The address book %1 is damaged (%2). It was left untouched; fix or remove it to edit names.</source>
        <translation>Das Adressbuch %1 ist beschädigt (%2). Es wurde nicht verändert; reparieren oder entfernen Sie es, um Namen zu bearbeiten.</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>expected exactly the keys &quot;version&quot; and &quot;entries&quot;</source>
        <translation>genau die Schlüssel „version“ und „entries“ erwartet</translation>
    </message>
    <message>
        <source>unknown version</source>
        <translation>unbekannte Version</translation>
    </message>
    <message>
        <source>&quot;entries&quot; is not a list</source>
        <translation>„entries“ ist keine Liste</translation>
    </message>
    <message>
        <source>entry %1 is not {&quot;address&quot;, &quot;name&quot;}</source>
        <translation>Eintrag %1 ist nicht {&quot;address&quot;, &quot;name&quot;}</translation>
    </message>
    <message>
        <source>entry %1: %2</source>
        <translation>Eintrag %1: %2</translation>
    </message>
    <message>
        <source>entry %1 repeats an address</source>
        <translation>Eintrag %1 wiederholt eine Adresse</translation>
    </message>
    <message>
        <source>The address is empty.</source>
        <translation>Die Adresse ist leer.</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>Der Name ist leer.</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation>Der Name ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>The name contains control characters.</source>
        <translation>Der Name enthält Steuerzeichen.</translation>
    </message>
    <message>
        <source>The address book file is damaged; it is not overwritten. Fix or remove %1 first.</source>
        <translation>Die Adressbuchdatei ist beschädigt; sie wird nicht überschrieben. Reparieren oder entfernen Sie zuerst %1.</translation>
    </message>
    <message>
        <source>The address book cannot be saved: %1</source>
        <translation>Das Adressbuch kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>This address already has the name &quot;%1&quot;.</source>
        <translation>Diese Adresse hat bereits den Namen „%1“.</translation>
    </message>
    <message>
        <source>This address is not in the address book.</source>
        <translation>Diese Adresse ist nicht im Adressbuch.</translation>
    </message>
</context>
<context>
    <name>stardeck::ui::AddressBookDialog</name>
    <message>
        <source>Address book</source>
        <translation>Adressbuch</translation>
    </message>
    <message>
        <source>Named addresses</source>
        <translation>Benannte Adressen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>0x...</source>
        <translation>0x...</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresse:</translation>
    </message>
    <message>
        <source>Address book message</source>
        <translation>Adressbuch-Meldung</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
</context>
<context>
    <name>stardeck::ui::AddressField</name>
    <message>
        <source>0x... or a name from your address book</source>
        <translation>0x... oder ein Name aus Ihrem Adressbuch</translation>
    </message>
    <message>
        <source>Receiver address</source>
        <translation>Empfängeradresse</translation>
    </message>
    <message>
        <source>Receiver name</source>
        <translation>Empfängername</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <source>New address: you have not sent to it before.</source>
        <translation>Neue Adresse: Sie haben noch nie hierhin gesendet.</translation>
    </message>
</context>
<context>
    <name>stardeck::ui::ApiErrorText</name>
    <message>
        <source>The Immutable X API could not be reached. Check your connection and try again.</source>
        <translation>Die Immutable X API ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The Immutable X API did not answer in time. Try again in a moment.</source>
        <translation>Die Immutable X API hat nicht rechtzeitig geantwortet. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The Immutable X API answered with an error (HTTP %1).</source>
        <translation>Die Immutable X API hat mit einem Fehler geantwortet (HTTP %1).</translation>
    </message>
    <message>
        <source>The Immutable X API answered with an error (HTTP %1): %2</source>
        <translation>Die Immutable X API hat mit einem Fehler geantwortet (HTTP %1): %2</translation>
    </message>
    <message>
        <source>The Immutable X API sent an answer this wallet does not understand (%1).</source>
        <translation>Die Immutable X API hat eine Antwort gesendet, die diese Wallet nicht versteht (%1).</translation>
    </message>
    <message>
        <source>The Immutable X API sent an answer that is too large.</source>
        <translation>Die Immutable X API hat eine zu große Antwort gesendet.</translation>
    </message>
    <message>
        <source>The Immutable X API request failed.</source>
        <translation>Die Anfrage an die Immutable X API ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The Immutable X API sent an answer this wallet does not understand.</source>
        <translation>Die Immutable-X-API hat eine Antwort gesendet, die diese Wallet nicht versteht.</translation>
    </message>
</context>
<context>
    <name>stardeck::ui::AssetGridModel</name>
    <message>
        <source>The wallet is not connected to Immutable X.</source>
        <translation>Die Wallet ist nicht mit Immutable X verbunden.</translation>
    </message>
    <message>
        <source>No account is selected.</source>
        <translation>Es ist kein Konto ausgewählt.</translation>
    </message>
    <message>
        <source>Could not load your NFTs. %1</source>
        <translation>Ihre NFTs konnten nicht geladen werden. %1</translation>
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
%2, Token #%3</translation>
    </message>
    <message>
        <source>%1 from %2, token %3</source>
        <translation>%1 aus %2, Token %3</translation>
    </message>
</context>
<context>
    <name>stardeck::ui::AssetsPage</name>
    <message>
        <source>Assets</source>
        <translation>Assets</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Sammlung</translation>
    </message>
    <message>
        <source>All collections</source>
        <translation>Alle Sammlungen</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>Nach Name suchen</translation>
    </message>
    <message>
        <source>Your NFTs</source>
        <translation>Ihre NFTs</translation>
    </message>
    <message>
        <source>NFT image</source>
        <translation>NFT-Bild</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>&amp;Senden…</translation>
    </message>
    <message>
        <source>S&amp;ell…</source>
        <translation>&amp;Verkaufen…</translation>
    </message>
    <message>
        <source>&amp;Cancel listing</source>
        <translation>Angebot &amp;zurückziehen</translation>
    </message>
    <message>
        <source>Select an NFT to see its details.</source>
        <translation>Wählen Sie ein NFT aus, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>Unnamed NFT</source>
        <translation>Unbenanntes NFT</translation>
    </message>
    <message>
        <source>Collection: %1
Contract: %2
Token ID: %3</source>
        <translation>Sammlung: %1
Vertrag: %2
Token-ID: %3</translation>
    </message>
    <message>
        <source>Not available in this version yet</source>
        <translation>In dieser Version noch nicht verfügbar</translation>
    </message>
    <message numerus="yes">
        <source>Loading… %n NFT(s)</source>
        <translation>
            <numerusform>Wird geladen… %n NFT</numerusform>
            <numerusform>Wird geladen… %n NFTs</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load every NFT: %1</source>
        <translation>Nicht alle NFTs konnten geladen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n NFT(s)</source>
        <translation>
            <numerusform>%n NFT</numerusform>
            <numerusform>%n NFTs</numerusform>
        </translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message numerus="yes">
        <source>%n NFT(s) selected</source>
        <translation>
            <numerusform>%n NFT ausgewählt</numerusform>
            <numerusform>%n NFTs ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Send them together in one batch transfer, confirmed once.</source>
        <translation>Senden Sie sie zusammen in einer Sammelüberweisung, einmal bestätigt.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Refresh NFTs</source>
        <translation>NFTs aktualisieren</translation>
    </message>
</context>
<context>
    <name>stardeck::ui::BalancesModel</name>
    <message>
        <source>The wallet is not connected to Immutable X.</source>
        <translation>Die Wallet ist nicht mit Immutable X verbunden.</translation>
    </message>
    <message>
        <source>No account is selected.</source>
        <translation>Es ist kein Konto ausgewählt.</translation>
    </message>
    <message>
        <source>Could not load balances. %1</source>
        <translation>Guthaben konnten nicht geladen werden. %1</translation>
    </message>
    <message>
        <source>Could not load the details of token %1. %2</source>
        <translation>Die Details von Token %1 konnten nicht geladen werden. %2</translation>
    </message>
    <message>
        <source>Token %1 has invalid decimals (%2).</source>
        <translation>Token %1 hat ungültige Nachkommastellen (%2).</translation>
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
        <translation>Betrag ausgeblendet</translation>
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
        <translation>Guthaben</translation>
    </message>
    <message>
        <source>Preparing withdrawal</source>
        <translation>Auszahlung wird vorbereitet</translation>
    </message>
    <message>
        <source>Withdrawable</source>
        <translation>Auszahlbar</translation>
    </message>
</context>
<context>
    <name>stardeck::ui::BuyDialog</name>
    <message>
        <source>Buy</source>
        <translation>Kaufen</translation>
    </message>
    <message>
        <source>This order is %1; it can no longer be bought.</source>
        <translation>Diese Order ist %1; sie kann nicht mehr gekauft werden.</translation>
    </message>
    <message>
        <source>This is your own listing.</source>
        <translation>Dies ist Ihr eigenes Angebot.</translation>
    </message>
    <message>
        <source>You get:</source>
        <translation>Sie erhalten:</translation>
    </message>
    <message>
        <source>You pay:</source>
        <translation>Sie zahlen:</translation>
    </message>
    <message>
        <source>Bought. Trade %1 is %2.</source>
        <translation>Gekauft. Trade %1 ist %2.</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
</context>
<context>
    <name>stardeck::ui::CancelOrderDialog</name>
    <message>
        <source>Cancel listing</source>
        <translation>Angebot zurückziehen</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Order stornieren</translation>
    </message>
    <message>
        <source>Keep listing</source>
        <translation>Angebot behalten</translation>
    </message>
    <message>
        <source>This order is %1; there is nothing to cancel.</source>
        <translation>Diese Order ist %1; es gibt nichts zu stornieren.</translation>
    </message>
    <message>
        <source>This is not your order.</source>
        <translation>Dies ist nicht Ihre Order.</translation>
    </message>
    <message>
        <source>Selling:</source>
        <translation>Verkauf:</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>Preis:</translation>
    </message>
    <message>
        <source>Order %1 is %2.</source>
        <translation>Order %1 ist %2.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>storniert</translation>
    </message>
</context>
<context>
    <name>stardeck::ui::ConfirmationDialog</name>
    <message>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Details of the action</source>
        <translation>Details der Aktion</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancel, do not sign</source>
        <translation>Abbrechen, nicht signieren</translation>
    </message>
    <message>
        <source>Close, do not sign</source>
        <translation>Schließen, nicht signieren</translation>
    </message>
    <message>
        <source>Continue to confirmation</source>
        <translation>Weiter zur Bestätigung</translation>
    </message>
    <message>
        <source>Approve and sign</source>
        <translation>Freigeben und signieren</translation>
    </message>
    <message>
        <source>Available a moment after this window is shown or brought back to the front.</source>
        <translation>Verfügbar kurz nachdem dieses Fenster angezeigt oder wieder in den Vordergrund geholt wurde.</translation>
    </message>
    <message>
        <source>Review the action and approve or cancel it.</source>
        <translation>Prüfen Sie die Aktion und geben Sie sie frei oder brechen Sie ab.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Check every detail. Nothing is signed until you approve.</source>
        <translation>Prüfen Sie jedes Detail. Nichts wird signiert, bevor Sie freigeben.</translation>
    </message>
    <message>
        <source>⚠ Cannot be approved: %1</source>
        <translation>⚠ Kann nicht freigegeben werden: %1</translation>
    </message>
    <message>
        <source>Why this action cannot be approved</source>
        <translation>Warum diese Aktion nicht freigegeben werden kann</translation>
    </message>
    <message>
        <source>the action contains nothing to sign.</source>
        <translation>die Aktion enthält nichts zu signieren.</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>Show the raw StarkEx fields</source>
        <translation>Rohe StarkEx-Felder anzeigen</translation>
    </message>
    <message>
        <source>Raw StarkEx fields and the server&apos;s description</source>
        <translation>Rohe StarkEx-Felder und die Beschreibung des Servers</translation>
    </message>
    <message>
        <source>an amount cannot be shown exactly (%1 decimals).</source>
        <translation>ein Betrag kann nicht exakt angezeigt werden (%1 Nachkommastellen).</translation>
    </message>
    <message>
        <source>(amount cannot be shown)</source>
        <translation>(Betrag nicht darstellbar)</translation>
    </message>
    <message>
        <source>Address book name: %1</source>
        <translation>Name im Adressbuch: %1</translation>
    </message>
    <message>
        <source>Address %1</source>
        <translation>Adresse %1</translation>
    </message>
    <message>
        <source>⚠ First time sending here. Check the whole address.</source>
        <translation>⚠ Erste Sendung an diese Adresse. Prüfen Sie die gesamte Adresse.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Image of %1</source>
        <translation>Bild von %1</translation>
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
        <translation>Vertrag %1</translation>
    </message>
    <message>
        <source>Token ID %1</source>
        <translation>Token-ID %1</translation>
    </message>
    <message>
        <source>Asset ID %1</source>
        <translation>Asset-ID %1</translation>
    </message>
    <message>
        <source>Hide the raw StarkEx fields</source>
        <translation>Rohe StarkEx-Felder ausblenden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>From (your account)</source>
        <translation>Von (Ihr Konto)</translation>
    </message>
    <message>
        <source>Register with Immutable X</source>
        <translation>Bei Immutable X registrieren</translation>
    </message>
    <message>
        <source>Stark key</source>
        <translation>Stark-Schlüssel</translation>
    </message>
    <message>
        <source>Links this Stark key to your Ethereum address on Immutable X so that you can trade and transfer. No assets or funds move.</source>
        <translation>Verknüpft diesen Stark-Schlüssel mit Ihrer Ethereum-Adresse auf Immutable X, damit Sie handeln und überweisen können. Es werden keine Assets oder Gelder bewegt.</translation>
    </message>
    <message>
        <source>Cancel listing #%1</source>
        <translation>Angebot #%1 zurückziehen</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Order #%1</source>
        <translation>Order #%1</translation>
    </message>
    <message>
        <source>The listing is removed from the order book. No assets or funds move.</source>
        <translation>Das Angebot wird aus dem Orderbuch entfernt. Es werden keine Assets oder Gelder bewegt.</translation>
    </message>
    <message>
        <source>Send %1</source>
        <translation>%1 senden</translation>
    </message>
    <message>
        <source>Send %1 for exchange #%2</source>
        <translation>%1 für Exchange #%2 senden</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
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
        <translation>1 NFT senden</translation>
    </message>
    <message numerus="yes">
        <source>Send %n NFTs</source>
        <translation>
            <numerusform>%n NFT senden</numerusform>
            <numerusform>%n NFTs senden</numerusform>
        </translation>
    </message>
    <message>
        <source>a batch transfer moves something other than one NFT.</source>
        <translation>eine Sammelübertragung bewegt etwas anderes als ein NFT.</translation>
    </message>
    <message>
        <source>NFT %1 of %2</source>
        <translation>NFT %1 von %2</translation>
    </message>
    <message>
        <source>the order does not say what it asks for.</source>
        <translation>die Order gibt nicht an, was sie verlangt.</translation>
    </message>
    <message>
        <source>Sell %1 for %2</source>
        <translation>%1 für %2 verkaufen</translation>
    </message>
    <message>
        <source>You sell</source>
        <translation>Sie verkaufen</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>the trade does not say what you receive.</source>
        <translation>der Trade gibt nicht an, was Sie erhalten.</translation>
    </message>
    <message>
        <source>Buy %1 for %2</source>
        <translation>%1 für %2 kaufen</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>You receive</source>
        <translation>Sie erhalten</translation>
    </message>
    <message>
        <source>You pay</source>
        <translation>Sie zahlen</translation>
    </message>
    <message>
        <source>Confirm an action</source>
        <translation>Aktion bestätigen</translation>
    </message>
    <message>
        <source>%1% to %2</source>
        <extracomment>A fee: percentage and recipient, e.g. &quot;1.5% to Marketplace (0x1234 ...)&quot;.</extracomment>
        <translation>%1 % an %2</translation>
    </message>
    <message>
        <source>%1% to %2 (%3)</source>
        <translation>%1 % an %2 (%3)</translation>
    </message>
    <message>
        <source>StarkEx fee of at most %1 quantized units (details under Advanced)</source>
        <translation>StarkEx-Gebühr von höchstens %1 quantisierten Einheiten (Details unter „Erweitert“)</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Gebühren</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>the expiry is not a valid date.</source>
        <translation>das Ablaufdatum ist kein gültiges Datum.</translation>
    </message>
    <message>
        <source>(invalid date)</source>
        <translation>(ungültiges Datum)</translation>
    </message>
    <message>
        <source>Expires (local time)</source>
        <translation>Läuft ab (Ortszeit)</translation>
    </message>
    <message>
        <source>the payload hash was not verified on this computer, so what would be signed may differ from what is shown.</source>
        <translation>der Payload-Hash wurde nicht auf diesem Computer geprüft, daher kann das Signierte vom Angezeigten abweichen.</translation>
    </message>
    <message>
        <source>✓ Hash verified locally</source>
        <translation>✓ Hash lokal geprüft</translation>
    </message>
    <message>
        <source>Stardeck recomputed the StarkEx payload hash from the fields shown here, and it matches the server&apos;s.</source>
        <translation>Stardeck hat den StarkEx-Payload-Hash aus den hier gezeigten Feldern neu berechnet, und er stimmt mit dem des Servers überein.</translation>
    </message>
    <message numerus="yes">
        <source>Stardeck recomputed all %n StarkEx payload hashes from the fields shown here, and they match the server&apos;s.</source>
        <translation>
            <numerusform>Stardeck hat %n StarkEx-Payload-Hash aus den hier gezeigten Feldern neu berechnet, und er stimmt mit dem des Servers überein.</numerusform>
            <numerusform>Stardeck hat alle %n StarkEx-Payload-Hashes aus den hier gezeigten Feldern neu berechnet, und sie stimmen mit denen des Servers überein.</numerusform>
        </translation>
    </message>
    <message>
        <source>Immutable requires a second confirmation for this action. After you continue, Immutable&apos;s confirmation page opens; nothing is signed before you confirm there too.</source>
        <translation>Immutable verlangt für diese Aktion eine zweite Bestätigung. Wenn Sie fortfahren, öffnet sich die Bestätigungsseite von Immutable; nichts wird signiert, bevor Sie auch dort bestätigen.</translation>
    </message>
</context>
<context>
    <name>stardeck::ui::ExchangeTransferDialog</name>
    <message>
        <source>Send to exchange</source>
        <translation>An Exchange senden</translation>
    </message>
    <message>
        <source>Exchange transfer</source>
        <translation>Überweisung an Exchange</translation>
    </message>
    <message>
        <source>Exchange id</source>
        <translation>Exchange-ID</translation>
    </message>
    <message>
        <source>E&amp;xchange id:</source>
        <translation>E&amp;xchange-ID:</translation>
    </message>
    <message>
        <source>&amp;Receiver:</source>
        <translation>&amp;Empfänger:</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Loading your balances...</source>
        <translation>Ihre Guthaben werden geladen...</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>0.0</source>
        <translation>0.0</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Betrag:</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <source>%1 (%2 available)</source>
        <translation>%1 (%2 verfügbar)</translation>
    </message>
    <message>
        <source>Sent to the exchange. Transfer %1 is %2.</source>
        <translation>An die Exchange gesendet. Überweisung %1 ist %2.</translation>
    </message>
    <message>
        <source>Open exchanges</source>
        <translation>Offene Exchanges</translation>
    </message>
    <message>
        <source>Loading your open exchanges...</source>
        <translation>Ihre offenen Exchanges werden geladen...</translation>
    </message>
    <message>
        <source>&amp;Open exchange:</source>
        <translation>&amp;Offene Exchange:</translation>
    </message>
    <message>
        <source>#%1: %2 to %3</source>
        <extracomment>an open off-ramp exchange: %1 its id, %2 the amount and currency to send, %3 the provider</extracomment>
        <translation>#%1: %2 an %3</translation>
    </message>
    <message>
        <source>No open exchanges</source>
        <translation>Keine offenen Exchanges</translation>
    </message>
    <message>
        <source>Choose an exchange...</source>
        <translation>Exchange auswählen...</translation>
    </message>
    <message>
        <source>Exchange %1 is paid to %2, not to this receiver.</source>
        <translation>Exchange %1 wird an %2 bezahlt, nicht an diesen Empfänger.</translation>
    </message>
    <message>
        <source>Exchange %1 is not one of your open exchanges: check the id.</source>
        <translation>Exchange %1 gehört nicht zu Ihren offenen Exchanges: Prüfen Sie die ID.</translation>
    </message>
</context>
<context>
    <name>stardeck::ui::GuardianConfirmationDialog</name>
    <message>
        <source>Confirm this transaction</source>
        <translation>Diese Transaktion bestätigen</translation>
    </message>
    <message>
        <source>Immutable Passport transaction confirmation</source>
        <translation>Transaktionsbestätigung von Immutable Passport</translation>
    </message>
    <message>
        <source>Immutable Passport confirmation page</source>
        <translation>Bestätigungsseite von Immutable Passport</translation>
    </message>
    <message>
        <source>Immutable Passport asks you to confirm this transaction on its own page. Nothing is signed until you confirm there.</source>
        <translation>Immutable Passport bittet Sie, diese Transaktion auf seiner eigenen Seite zu bestätigen. Nichts wird signiert, bevor Sie dort bestätigen.</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>Page from: %1</source>
        <translation>Seite von: %1</translation>
    </message>
    <message>
        <source>Origin of the confirmation page</source>
        <translation>Herkunft der Bestätigungsseite</translation>
    </message>
    <message>
        <source>Loading the confirmation page…</source>
        <translation>Bestätigungsseite wird geladen…</translation>
    </message>
    <message>
        <source>Confirmation status</source>
        <translation>Bestätigungsstatus</translation>
    </message>
    <message>
        <source>Cancel the transaction</source>
        <translation>Transaktion abbrechen</translation>
    </message>
    <message>
        <source>The confirmation page stopped working. Cancel and try again.</source>
        <translation>Die Bestätigungsseite funktioniert nicht mehr. Brechen Sie ab und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Review the transaction and confirm or reject it on the page.</source>
        <translation>Prüfen Sie die Transaktion und bestätigen oder lehnen Sie sie auf der Seite ab.</translation>
    </message>
    <message>
        <source>The confirmation page reported a problem.</source>
        <translation>Die Bestätigungsseite hat ein Problem gemeldet.</translation>
    </message>
    <message>
        <source>The confirmation page is not on the Immutable Passport service and was not opened.</source>
        <translation>Die Bestätigungsseite gehört nicht zum Dienst Immutable Passport und wurde nicht geöffnet.</translation>
    </message>
    <message>
        <source>The confirmation page is not on the Passport service</source>
        <translation>Die Bestätigungsseite gehört nicht zum Passport-Dienst</translation>
    </message>
    <message>
        <source>Transaction rejected by user</source>
        <translation>Transaktion vom Benutzer abgelehnt</translation>
    </message>
    <message>
        <source>Error during transaction confirmation</source>
        <translation>Fehler bei der Transaktionsbestätigung</translation>
    </message>
    <message>
        <source>Unsupported message type</source>
        <translation>Nicht unterstützter Nachrichtentyp</translation>
    </message>
    <message>
        <source>Confirmed.</source>
        <translation>Bestätigt.</translation>
    </message>
    <message>
        <source>The confirmation window was closed</source>
        <translation>Das Bestätigungsfenster wurde geschlossen</translation>
    </message>
</context>
<context>
    <name>stardeck::ui::GuardianWebPage</name>
    <message>
        <source>The server&apos;s certificate is not valid: %1</source>
        <translation>Das Zertifikat des Servers ist ungültig: %1</translation>
    </message>
    <message>
        <source>This page is not part of Immutable Passport and was not opened.</source>
        <translation>Diese Seite gehört nicht zu Immutable Passport und wurde nicht geöffnet.</translation>
    </message>
    <message>
        <source>The confirmation page tried to open a new window.</source>
        <translation>Die Bestätigungsseite hat versucht, ein neues Fenster zu öffnen.</translation>
    </message>
</context>
<context>
    <name>stardeck::ui::LoginDialog</name>
    <message>
        <source>Log in with Immutable Passport</source>
        <translation>Mit Immutable Passport anmelden</translation>
    </message>
    <message>
        <source>Immutable Passport login page</source>
        <translation>Anmeldeseite von Immutable Passport</translation>
    </message>
    <message>
        <source>Login status</source>
        <translation>Anmeldestatus</translation>
    </message>
    <message>
        <source>Log in with your browser</source>
        <translation>Mit Ihrem Browser anmelden</translation>
    </message>
    <message>
        <source>Log in with your browser instead</source>
        <translation>Stattdessen mit Ihrem Browser anmelden</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>This sign-in provider does not allow embedded windows. Continue in your browser.</source>
        <translation>Dieser Anmeldeanbieter erlaubt keine eingebetteten Fenster. Fahren Sie in Ihrem Browser fort.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>The login page could not be loaded. Check the connection and try again.</source>
        <translation>Die Anmeldeseite konnte nicht geladen werden. Prüfen Sie die Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Checking the login…</source>
        <translation>Anmeldung wird geprüft…</translation>
    </message>
    <message>
        <source>Logged in.</source>
        <translation>Angemeldet.</translation>
    </message>
    <message>
        <source>Login failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>stardeck::ui::LoginPage</name>
    <message>
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Log in to your Immutable Passport account</source>
        <translation>Bei Ihrem Immutable Passport-Konto anmelden</translation>
    </message>
    <message>
        <source>Stardeck logo</source>
        <translation>Stardeck-Logo</translation>
    </message>
    <message>
        <source>Welcome to Stardeck</source>
        <translation>Willkommen bei Stardeck</translation>
    </message>
    <message>
        <source>Your Immutable X wallet. Log in with your Immutable Passport account; Stardeck never sees your password.</source>
        <translation>Ihre Immutable X Wallet. Melden Sie sich mit Ihrem Immutable Passport-Konto an; Stardeck sieht Ihr Passwort nie.</translation>
    </message>
    <message>
        <source>Log in with Immutable Passport</source>
        <translation>Mit Immutable Passport anmelden</translation>
    </message>
    <message>
        <source>Log in with your browser</source>
        <translation>Mit Ihrem Browser anmelden</translation>
    </message>
    <message>
        <source>Opens the login page in your web browser, e.g. to use Google or a password manager</source>
        <translation>Öffnet die Anmeldeseite in Ihrem Webbrowser, z. B. um Google oder einen Passwortmanager zu nutzen</translation>
    </message>
</context>
<context>
    <name>stardeck::ui::LoginWebPage</name>
    <message>
        <source>The server&apos;s certificate is not valid: %1</source>
        <translation>Das Zertifikat des Servers ist ungültig: %1</translation>
    </message>
    <message>
        <source>A frame tried to complete the login.</source>
        <translation>Ein Frame hat versucht, die Anmeldung abzuschließen.</translation>
    </message>
    <message>
        <source>This page is not part of the Immutable login and was not opened.</source>
        <translation>Diese Seite gehört nicht zur Anmeldung von Immutable und wurde nicht geöffnet.</translation>
    </message>
    <message>
        <source>The login page tried to open a new window.</source>
        <translation>Die Anmeldeseite hat versucht, ein neues Fenster zu öffnen.</translation>
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
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Stardeck</source>
        <translation>Ü&amp;ber Stardeck</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Assets</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <source>&amp;Assets</source>
        <translation>A&amp;ssets</translation>
    </message>
    <message>
        <source>A&amp;ctivity</source>
        <translation>A&amp;ktivität</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>Account address</source>
        <translation>Kontoadresse</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the account address</source>
        <translation>Kontoadresse kopieren</translation>
    </message>
    <message>
        <source>Address copied</source>
        <translation>Adresse kopiert</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Marktplatz</translation>
    </message>
    <message>
        <source>&amp;Market</source>
        <translation>&amp;Marktplatz</translation>
    </message>
    <message>
        <source>&amp;Wallet</source>
        <translation>&amp;Wallet</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>&amp;Senden…</translation>
    </message>
    <message>
        <source>&amp;Buy from the market…</source>
        <translation>Auf dem Marktplatz &amp;kaufen…</translation>
    </message>
    <message>
        <source>Send to an &amp;exchange…</source>
        <translation>An eine &amp;Exchange senden…</translation>
    </message>
    <message>
        <source>Clock warning</source>
        <translation>Uhrzeitwarnung</translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minute(s) ahead of the server&apos;s. Signatures, expiry dates and login checks depend on it: correct the clock in your system settings.</source>
        <translation>
            <numerusform>Die Uhr dieses Computers geht %n Minute gegenüber der des Servers vor. Signaturen, Ablaufdaten und Anmeldeprüfungen hängen davon ab: Korrigieren Sie die Uhr in Ihren Systemeinstellungen.</numerusform>
            <numerusform>Die Uhr dieses Computers geht %n Minuten gegenüber der des Servers vor. Signaturen, Ablaufdaten und Anmeldeprüfungen hängen davon ab: Korrigieren Sie die Uhr in Ihren Systemeinstellungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minute(s) behind the server&apos;s. Signatures, expiry dates and login checks depend on it: correct the clock in your system settings.</source>
        <translation>
            <numerusform>Die Uhr dieses Computers geht %n Minute gegenüber der des Servers nach. Signaturen, Ablaufdaten und Anmeldeprüfungen hängen davon ab: Korrigieren Sie die Uhr in Ihren Systemeinstellungen.</numerusform>
            <numerusform>Die Uhr dieses Computers geht %n Minuten gegenüber der des Servers nach. Signaturen, Ablaufdaten und Anmeldeprüfungen hängen davon ab: Korrigieren Sie die Uhr in Ihren Systemeinstellungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n hour(s) ahead of the server&apos;s. Signatures, expiry dates and login checks depend on it: correct the clock in your system settings.</source>
        <translation>
            <numerusform>Die Uhr dieses Computers geht %n Stunde gegenüber der des Servers vor. Signaturen, Ablaufdaten und Anmeldeprüfungen hängen davon ab: Korrigieren Sie die Uhr in Ihren Systemeinstellungen.</numerusform>
            <numerusform>Die Uhr dieses Computers geht %n Stunden gegenüber der des Servers vor. Signaturen, Ablaufdaten und Anmeldeprüfungen hängen davon ab: Korrigieren Sie die Uhr in Ihren Systemeinstellungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n hour(s) behind the server&apos;s. Signatures, expiry dates and login checks depend on it: correct the clock in your system settings.</source>
        <translation>
            <numerusform>Die Uhr dieses Computers geht %n Stunde gegenüber der des Servers nach. Signaturen, Ablaufdaten und Anmeldeprüfungen hängen davon ab: Korrigieren Sie die Uhr in Ihren Systemeinstellungen.</numerusform>
            <numerusform>Die Uhr dieses Computers geht %n Stunden gegenüber der des Servers nach. Signaturen, Ablaufdaten und Anmeldeprüfungen hängen davon ab: Korrigieren Sie die Uhr in Ihren Systemeinstellungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n day(s) ahead of the server&apos;s. Signatures, expiry dates and login checks depend on it: correct the clock in your system settings.</source>
        <translation>
            <numerusform>Die Uhr dieses Computers geht %n Tag gegenüber der des Servers vor. Signaturen, Ablaufdaten und Anmeldeprüfungen hängen davon ab: Korrigieren Sie die Uhr in Ihren Systemeinstellungen.</numerusform>
            <numerusform>Die Uhr dieses Computers geht %n Tage gegenüber der des Servers vor. Signaturen, Ablaufdaten und Anmeldeprüfungen hängen davon ab: Korrigieren Sie die Uhr in Ihren Systemeinstellungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n day(s) behind the server&apos;s. Signatures, expiry dates and login checks depend on it: correct the clock in your system settings.</source>
        <translation>
            <numerusform>Die Uhr dieses Computers geht %n Tag gegenüber der des Servers nach. Signaturen, Ablaufdaten und Anmeldeprüfungen hängen davon ab: Korrigieren Sie die Uhr in Ihren Systemeinstellungen.</numerusform>
            <numerusform>Die Uhr dieses Computers geht %n Tage gegenüber der des Servers nach. Signaturen, Ablaufdaten und Anmeldeprüfungen hängen davon ab: Korrigieren Sie die Uhr in Ihren Systemeinstellungen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stardeck::ui::MarketModel</name>
    <message>
        <source>Could not load token details. %1</source>
        <translation>Token-Details konnten nicht geladen werden. %1</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <extracomment>a listed NFT: %1 is the collection&apos;s name, %2 the token id</extracomment>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>unknown token</source>
        <translation>unbekannter Token</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Collection %1, token %2</source>
        <translation>Sammlung %1, Token %2</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Verkäufer</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
</context>
<context>
    <name>stardeck::ui::MarketPage</name>
    <message>
        <source>Market</source>
        <translation>Marktplatz</translation>
    </message>
    <message>
        <source>Listings</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <source>NFTs other people are selling. Buying opens the order as the server has it, and nothing is signed before you confirm.</source>
        <translation>NFTs, die andere verkaufen. Beim Kauf wird die Order so geöffnet, wie der Server sie hat, und nichts wird signiert, bevor Sie bestätigen.</translation>
    </message>
    <message>
        <source>Search listings</source>
        <translation>Angebote durchsuchen</translation>
    </message>
    <message>
        <source>Search by collection or token id</source>
        <translation>Nach Sammlung oder Token-ID suchen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Refresh listings</source>
        <translation>Angebote aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Buy…</source>
        <translation>&amp;Kaufen…</translation>
    </message>
    <message>
        <source>Buy the selected listing</source>
        <translation>Das ausgewählte Angebot kaufen</translation>
    </message>
    <message>
        <source>No listings</source>
        <translation>Keine Angebote</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n listing(s)</source>
        <translation>
            <numerusform>Das neueste Angebot</numerusform>
            <numerusform>Die neuesten %n Angebote</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n listing(s)</source>
        <translation>
            <numerusform>%n Angebot</numerusform>
            <numerusform>%n Angebote</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stardeck::ui::OrderActionDialog</name>
    <message>
        <source>Order:</source>
        <translation>Order:</translation>
    </message>
    <message>
        <source>Order %1 could not be loaded: %2</source>
        <translation>Order %1 konnte nicht geladen werden: %2</translation>
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
        <translation>Verkäufer:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Läuft ab:</translation>
    </message>
</context>
<context>
    <name>stardeck::ui::OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Balances</source>
        <translation>Guthaben</translation>
    </message>
    <message>
        <source>&amp;Hide balances</source>
        <translation>Guthaben &amp;ausblenden</translation>
    </message>
    <message>
        <source>Hide balances</source>
        <translation>Guthaben ausblenden</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Refresh balances</source>
        <translation>Guthaben aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>&amp;Senden…</translation>
    </message>
    <message>
        <source>Send ETH or a token</source>
        <translation>ETH oder einen Token senden</translation>
    </message>
</context>
<context>
    <name>stardeck::ui::RefreshStatus</name>
    <message>
        <source>Updating…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>%1 (last updated %2)</source>
        <extracomment>%1 is &quot;Updating…&quot;, %2 the time the data shown was loaded</extracomment>
        <translation>%1 (zuletzt aktualisiert %2)</translation>
    </message>
    <message>
        <source>Out of date: showing data from %1. %2</source>
        <extracomment>A refresh failed and the page still shows older data. %1 is the time that data was loaded, %2 the error (a sentence, e.g. &quot;Could not load balances. …&quot;).</extracomment>
        <translation>Veraltet: Daten von %1 werden angezeigt. %2</translation>
    </message>
    <message>
        <source>Could not update: %1</source>
        <translation>Aktualisierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Last updated %1</source>
        <translation>Zuletzt aktualisiert %1</translation>
    </message>
    <message>
        <source>The data shown is out of date.</source>
        <translation>Die angezeigten Daten sind veraltet.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>stardeck::ui::RegisterPage</name>
    <message>
        <source>Register with Immutable X</source>
        <translation>Bei Immutable X registrieren</translation>
    </message>
    <message>
        <source>One more step: register with Immutable X</source>
        <translation>Noch ein Schritt: bei Immutable X registrieren</translation>
    </message>
    <message>
        <source>Your Passport account has no Immutable X wallet yet. Registering links a Stark key, derived from your Passport signer, to your account. It is free and needs no transaction fee.</source>
        <translation>Ihr Passport-Konto hat noch keine Immutable X Wallet. Die Registrierung verknüpft einen Stark-Schlüssel, abgeleitet von Ihrem Passport-Signierer, mit Ihrem Konto. Sie ist kostenlos und erfordert keine Transaktionsgebühr.</translation>
    </message>
    <message>
        <source>Registration progress</source>
        <translation>Fortschritt der Registrierung</translation>
    </message>
    <message>
        <source>Logged in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>stardeck::ui::SellDialog</name>
    <message>
        <source>List for sale</source>
        <translation>Zum Verkauf anbieten</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>Verkaufen</translation>
    </message>
    <message>
        <source>#%1 of %2</source>
        <translation>#%1 von %2</translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation>%1 (#%2)</translation>
    </message>
    <message>
        <source>NFT to sell</source>
        <translation>Zu verkaufendes NFT</translation>
    </message>
    <message>
        <source>NFT:</source>
        <translation>NFT:</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>0.0</source>
        <translation>0.0</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Loading...</source>
        <translation>Wird geladen...</translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation>&amp;Preis:</translation>
    </message>
    <message>
        <source>&amp;Ends on</source>
        <translation>&amp;Endet am</translation>
    </message>
    <message>
        <source>The listing ends at a set time</source>
        <translation>Das Angebot endet zu einem festgelegten Zeitpunkt</translation>
    </message>
    <message>
        <source>End of the listing</source>
        <translation>Ende des Angebots</translation>
    </message>
    <message>
        <source>Expiry:</source>
        <translation>Ablauf:</translation>
    </message>
    <message>
        <source>None: no marketplace fees are added.</source>
        <translation>Keine: Es werden keine Marktplatzgebühren hinzugefügt.</translation>
    </message>
    <message>
        <source>Fees:</source>
        <translation>Gebühren:</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <source>The end of the listing must be in the future.</source>
        <translation>Das Ende des Angebots muss in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>Listed. Order %1 is %2.</source>
        <translation>Angeboten. Order %1 ist %2.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message numerus="yes">
        <source>The listing can end at most %n day(s) from now.</source>
        <translation>
            <numerusform>Das Angebot kann höchstens %n Tag ab jetzt enden.</numerusform>
            <numerusform>Das Angebot kann höchstens %n Tage ab jetzt enden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stardeck::ui::SendDialog</name>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message numerus="yes">
        <source>Send %n NFT(s)</source>
        <translation>
            <numerusform>%n NFT senden</numerusform>
            <numerusform>%n NFTs senden</numerusform>
        </translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Loading your balances...</source>
        <translation>Ihre Guthaben werden geladen...</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>0.0</source>
        <translation>0.0</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Betrag:</translation>
    </message>
    <message>
        <source>Available:</source>
        <translation>Verfügbar:</translation>
    </message>
    <message>
        <source>#%1 of %2</source>
        <translation>#%1 von %2</translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation>%1 (#%2)</translation>
    </message>
    <message>
        <source>NFTs to send</source>
        <translation>Zu sendende NFTs</translation>
    </message>
    <message>
        <source>NFTs:</source>
        <translation>NFTs:</translation>
    </message>
    <message>
        <source>&amp;Receiver:</source>
        <translation>&amp;Empfänger:</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <source>%1 (%2 available)</source>
        <translation>%1 (%2 verfügbar)</translation>
    </message>
    <message>
        <source>You hold no ETH or ERC20 tokens to send.</source>
        <translation>Sie besitzen keine ETH oder ERC-20-Token zum Senden.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n NFT(s).</source>
        <translation>
            <numerusform>%n NFT gesendet.</numerusform>
            <numerusform>%n NFTs gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent. Transfer %1 is %2.</source>
        <translation>Gesendet. Überweisung %1 ist %2.</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>Warning: this address only looks like %1 (same first and last characters). Check every character: look-alike addresses are used to steal funds.</source>
        <translation>Warnung: Diese Adresse sieht nur aus wie %1 (gleiche erste und letzte Zeichen). Prüfen Sie jedes Zeichen: Mit ähnlich aussehenden Adressen wird Geld gestohlen.</translation>
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
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Built-in demo sandbox</source>
        <translation>Integrierte Demo-Sandbox</translation>
    </message>
    <message>
        <source>Local sandbox (stardeck-sandbox)</source>
        <translation>Lokale Sandbox (stardeck-sandbox)</translation>
    </message>
    <message>
        <source>Immutable X testnet (sandbox)</source>
        <translation>Immutable X Testnetz (sandbox)</translation>
    </message>
    <message>
        <source>Immutable X mainnet (production)</source>
        <translation>Immutable X Mainnet (production)</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <source>Local sandbox URL</source>
        <translation>URL der lokalen Sandbox</translation>
    </message>
    <message>
        <source>Local sandbox &amp;URL:</source>
        <translation>URL der &amp;lokalen Sandbox:</translation>
    </message>
    <message>
        <source>Passport client ID</source>
        <translation>Passport-Client-ID</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Passport &amp;client ID:</source>
        <translation>Passport-&amp;Client-ID:</translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation>Weiterleitungs-URI</translation>
    </message>
    <message>
        <source>&amp;Redirect URI:</source>
        <translation>&amp;Weiterleitungs-URI:</translation>
    </message>
    <message>
        <source>Network changes take effect the next time Stardeck starts.</source>
        <translation>Netzwerkänderungen werden beim nächsten Start von Stardeck wirksam.</translation>
    </message>
    <message>
        <source>Privacy and appearance</source>
        <translation>Datenschutz und Darstellung</translation>
    </message>
    <message>
        <source>Load images from third-party servers</source>
        <translation>Bilder von Servern Dritter laden</translation>
    </message>
    <message>
        <source>NFT images are often hosted by their creators. Loading them tells those servers your IP address. When off, only images from Immutable&apos;s own servers are shown.</source>
        <translation>NFT-Bilder werden oft von ihren Erstellern gehostet. Beim Laden erfahren diese Server Ihre IP-Adresse. Wenn deaktiviert, werden nur Bilder von den Servern von Immutable angezeigt.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Systemeinstellung folgen</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Not opened yet</source>
        <translation>Noch nicht geöffnet</translation>
    </message>
    <message>
        <source>Session and keys stored in:</source>
        <translation>Sitzung und Schlüssel gespeichert in:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>S&amp;peichern</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Einstellungen speichern</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
</context>
<context>
    <name>stardeck::ui::TokenLoad</name>
    <message>
        <source>The token list could not be loaded: %1</source>
        <translation>Die Token-Liste konnte nicht geladen werden: %1</translation>
    </message>
</context>
</TS>
