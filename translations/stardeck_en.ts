<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ConfirmationDetails</name>
    <message>
        <source>%1 (hours since 1970-01-01 UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender Stark key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee: %1% to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmation required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no confirmation required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StarkEx message %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server&apos;s readable_transaction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server&apos;s signable response:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmationFormat</name>
    <message>
        <source>%1 %2</source>
        <extracomment>An exact amount and its unit, e.g. &quot;1.5 ETH&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <extracomment>An NFT without a name: its collection and token id, e.g. &quot;Starship #12&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ERC-20 token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NFT (ERC-721)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The request is not valid; check what you entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended. Log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account is not registered with Immutable X yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You declined the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immutable&apos;s Guardian did not confirm the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer did not pass Stardeck&apos;s security checks, so nothing was signed. Do not retry until you know why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account is read-only for now: you can look, not send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immutable&apos;s servers cannot be reached. Check your internet connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immutable&apos;s servers refused the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immutable&apos;s servers sent an answer Stardeck does not understand. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was sent but no answer came back; Stardeck will check whether it went through. Do not send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not supported for your account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your signing key could not sign. Try again; if it keeps failing, log out and in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stardeck could not read or write its protected storage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong inside Stardeck.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immutable Passport cannot be reached. Check your internet connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login was cancelled or refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login settings are not valid; check the client ID and redirect URI in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login answer did not pass Stardeck&apos;s security checks. Log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That login had already finished or was replaced. Log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login failed. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NFT transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling a listing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preparing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for your approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcome unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop wallet for Immutable X.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a PNG of the main window to &lt;file&gt; and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to connect: embedded (a built-in demo sandbox, the default), local (a stardeck-sandbox, see --sandbox-url), sandbox (Immutable&apos;s testnet) or production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL of the local stardeck-sandbox (with --environment local).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in as &lt;email&gt; without asking (embedded sandbox only; for scripts and screenshots).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown environment &quot;%1&quot;: use embedded, local, sandbox or production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the local environment needs --sandbox-url, e.g. http://127.0.0.1:8470</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--auto-login only works with the embedded sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--auto-login needs an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How a login in the system browser comes back: loopback (a port on 127.0.0.1, the default) or scheme (the stardeck:// URL handler).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stardeck:// login answer (the desktop passes it to the running wallet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--browser-redirect takes loopback or scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only one URL can be given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a stardeck:// login answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stardeck::app::AppServices</name>
    <message>
        <source>Opening your wallet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in demo sandbox could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings for %1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in demo sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local sandbox %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immutable X testnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immutable X mainnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended (it expired or was revoked). Log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the built-in demo sandbox: log in as demo@stardeck.test (the login page shows the one-time code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your stored session could not be read (%1). Log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring your session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended. Log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue in your web browser. Stardeck waits for the login to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the login…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this address in your web browser to log in:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting your wallet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are logged in, but your wallet could not be connected. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stardeck cannot open its record of sent actions. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stardeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier actions could not be checked yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n earlier action(s) resolved</source>
        <translation>
            <numerusform>%n earlier action resolved</numerusform>
            <numerusform>%n earlier actions resolved</numerusform>
        </translation>
    </message>
    <message>
        <source>Registering your account with Immutable X…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account is registered with Immutable X.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have logged out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have logged out on this computer; the server could not be told (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: failed (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sent, but no answer arrived; Stardeck will check it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an NFT (#%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a token transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A login answer arrived, but no login in the browser was waiting for it. Log in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stardeck::app::AssetActions</name>
    <message>
        <source>The listing could not be looked up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This NFT is not listed for sale.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stardeck::app::SessionVault</name>
    <message>
        <source>Unlock your wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available, so Stardeck keeps your session in an encrypted file.
Passphrase of that file (choose one the first time):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passphrase is needed to keep your session. You can still log in; the session will not be remembered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret file stays locked; your session will not be remembered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your stored session could not be removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stardeck::ui</name>
    <message>
        <source>An address starts with 0x.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An address has only the digits 0-9 and letters a-f after 0x.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An address has 40 hex digits after 0x (this one has %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capitalisation does not match the address checksum (EIP-55): a character may be mistyped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is your own address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no decimals: enter a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has at most %2 decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount like 1.25 (digits and one point, no spaces or commas).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token has no valid quantum; it cannot be moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts of %1 move in steps of %2: the nearest valid amount is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts of %1 move in steps of %2: the nearest valid amounts are %3 and %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than your available balance (%1 %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your balances could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token list could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the transaction...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the server&apos;s transaction against your request...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for your approval in the confirmation window...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitting...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent; waiting to learn the outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You rejected the confirmation. Nothing was signed or sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: the server&apos;s transaction did not match what you asked for. Nothing was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: Immutable&apos;s Guardian confirmation was declined or not completed. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account is read-only for now, so nothing was sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer before anything was sent; nothing changed. Try again later. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer was malformed, so nothing was signed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent, but no answer came back. Stardeck will check the outcome; do not repeat it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is not registered with Immutable X yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This operation is not supported for Passport accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing failed; nothing was sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local storage failed; nothing was sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stardeck::ui::AboutDialog</name>
    <message>
        <source>About Stardeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stardeck logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stardeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A desktop wallet for Immutable X, signing in with Passport.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free software under the MIT License.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stardeck::ui::ActionDialog</name>
    <message>
        <source>Input problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stardeck::ui::ActivityModel</name>
    <message>
        <source>The wallet is not connected to Immutable X.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load your activity. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load token details. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NFT #%1</source>
        <extracomment>an NFT in the activity list; %1 is its token id</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for %1 %2</source>
        <extracomment>the price of an order: amount and asset asked for</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1</source>
        <extracomment>the other side of a trade: its order id</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received %1 %2</source>
        <extracomment>what a trade brought in: amount and asset</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, waiting for Immutable X to confirm</source>
        <extracomment>a signed request not yet confirmed; %1 is what it does, e.g. &quot;Cancel order&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3 %4, %5, %6</source>
        <extracomment>one activity row read as a sentence: kind, direction, amount, asset, status, time</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterparty: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NFT batch transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible address-poisoning transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent, from an address you never sent to and that is not in your address book. Do not copy the address from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tiny amount from an address you never sent to and that is not in your address book. Do not copy the address from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender only looks like %1, an address you know. Do not copy the address from here.</source>
        <extracomment>%1 is the full address the sender imitates</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stardeck::ui::ActivityPage</name>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export activity as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Hide %n suspicious transfer(s)</source>
        <translation>
            <numerusform>Hide %n suspicious transfer</numerusform>
            <numerusform>Hide %n suspicious transfers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show %n hidden suspicious transfer(s)</source>
        <translation>
            <numerusform>Show %n hidden suspicious transfer</numerusform>
            <numerusform>Show %n hidden suspicious transfers</numerusform>
        </translation>
    </message>
    <message>
        <source>Tiny or empty transfers from unknown addresses, and transfers from addresses that imitate ones you know, are often address poisoning.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stardeck::ui::AddressBook</name>
    <message>
        <source>The address book %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address book %1 is too large to be an address book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address book %1 is damaged (%2). It was left untouched; fix or remove it to edit names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected exactly the keys &quot;version&quot; and &quot;entries&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;entries&quot; is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 is not {&quot;address&quot;, &quot;name&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 repeats an address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name contains control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address book file is damaged; it is not overwritten. Fix or remove %1 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address book cannot be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address already has the name &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address is not in the address book.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stardeck::ui::AddressBookDialog</name>
    <message>
        <source>Address book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0x...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address book message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stardeck::ui::AddressField</name>
    <message>
        <source>0x... or a name from your address book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiver address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiver name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New address: you have not sent to it before.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stardeck::ui::ApiErrorText</name>
    <message>
        <source>The Immutable X API could not be reached. Check your connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Immutable X API did not answer in time. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Immutable X API answered with an error (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Immutable X API answered with an error (HTTP %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Immutable X API sent an answer this wallet does not understand (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Immutable X API sent an answer that is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Immutable X API request failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Immutable X API sent an answer this wallet does not understand.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stardeck::ui::AssetGridModel</name>
    <message>
        <source>The wallet is not connected to Immutable X.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load your NFTs. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token #%1</source>
        <extracomment>shown for an NFT without a name; %1 is its token id</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2, token #%3</source>
        <extracomment>NFT tooltip: name, then collection and token id on a second line</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2, token %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stardeck::ui::AssetsPage</name>
    <message>
        <source>Assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your NFTs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NFT image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ell…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel listing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an NFT to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnamed NFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection: %1
Contract: %2
Token ID: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available in this version yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Loading… %n NFT(s)</source>
        <translation>
            <numerusform>Loading… %n NFT</numerusform>
            <numerusform>Loading… %n NFTs</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load every NFT: %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n NFT(s) selected</source>
        <translation>
            <numerusform>%n NFT selected</numerusform>
            <numerusform>%n NFTs selected</numerusform>
        </translation>
    </message>
    <message>
        <source>Send them together in one batch transfer, confirmed once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh NFTs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stardeck::ui::BalancesModel</name>
    <message>
        <source>The wallet is not connected to Immutable X.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load balances. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the details of token %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token %1 has invalid decimals (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>token name and symbol, e.g. &quot;Ethereum (ETH)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <extracomment>&quot;&lt;column&gt;: &lt;amount&gt; &lt;symbol&gt;&quot;, e.g. &quot;Balance: 12.5 ETH&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stardeck::ui::BuyDialog</name>
    <message>
        <source>Buy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order is %1; it can no longer be bought.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is your own listing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You get:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You pay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bought. Trade %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stardeck::ui::CancelOrderDialog</name>
    <message>
        <source>Cancel listing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep listing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order is %1; there is nothing to cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not your order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selling:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stardeck::ui::ConfirmationDialog</name>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of the action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel, do not sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close, do not sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue to confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve and sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available a moment after this window is shown or brought back to the front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the action and approve or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every detail. Nothing is signed until you approve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Cannot be approved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this action cannot be approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the action contains nothing to sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the raw StarkEx fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw StarkEx fields and the server&apos;s description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an amount cannot be shown exactly (%1 decimals).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(amount cannot be shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address book name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ First time sending here. Check the whole address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the raw StarkEx fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From (your account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register with Immutable X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stark key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links this Stark key to your Ethereum address on Immutable X so that you can trade and transfer. No assets or funds move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel listing #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The listing is removed from the order book. No assets or funds move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send %1 for exchange #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send 1 NFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Send %n NFTs</source>
        <translation>
            <numerusform>Send %n NFT</numerusform>
            <numerusform>Send %n NFTs</numerusform>
        </translation>
    </message>
    <message>
        <source>a batch transfer moves something other than one NFT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NFT %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the order does not say what it asks for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You sell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trade does not say what you receive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% to %2</source>
        <extracomment>A fee: percentage and recipient, e.g. &quot;1.5% to Marketplace (0x1234 ...)&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% to %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StarkEx fee of at most %1 quantized units (details under Advanced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the expiry is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(invalid date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payload hash was not verified on this computer, so what would be signed may differ from what is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Hash verified locally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stardeck recomputed the StarkEx payload hash from the fields shown here, and it matches the server&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stardeck recomputed all %n StarkEx payload hashes from the fields shown here, and they match the server&apos;s.</source>
        <translation>
            <numerusform>Stardeck recomputed %n StarkEx payload hash from the fields shown here, and it matches the server&apos;s.</numerusform>
            <numerusform>Stardeck recomputed all %n StarkEx payload hashes from the fields shown here, and they match the server&apos;s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Immutable requires a second confirmation for this action. After you continue, Immutable&apos;s confirmation page opens; nothing is signed before you confirm there too.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stardeck::ui::ExchangeTransferDialog</name>
    <message>
        <source>Send to exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xchange id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Receiver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading your balances...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 available)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the exchange. Transfer %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open exchanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading your open exchanges...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open exchange:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1: %2 to %3</source>
        <extracomment>an open off-ramp exchange: %1 its id, %2 the amount and currency to send, %3 the provider</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open exchanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an exchange...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange %1 is paid to %2, not to this receiver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange %1 is not one of your open exchanges: check the id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stardeck::ui::GuardianConfirmationDialog</name>
    <message>
        <source>Confirm this transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immutable Passport transaction confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immutable Passport confirmation page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immutable Passport asks you to confirm this transaction on its own page. Nothing is signed until you confirm there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page from: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin of the confirmation page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the confirmation page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The confirmation page stopped working. Cancel and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the transaction and confirm or reject it on the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The confirmation page reported a problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The confirmation page is not on the Immutable Passport service and was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The confirmation page is not on the Passport service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction rejected by user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error during transaction confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported message type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The confirmation window was closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stardeck::ui::GuardianWebPage</name>
    <message>
        <source>The server&apos;s certificate is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page is not part of Immutable Passport and was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The confirmation page tried to open a new window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stardeck::ui::LoginDialog</name>
    <message>
        <source>Log in with Immutable Passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immutable Passport login page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in with your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in with your browser instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in provider does not allow embedded windows. Continue in your browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login page could not be loaded. Check the connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the login…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stardeck::ui::LoginPage</name>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to your Immutable Passport account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stardeck logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Stardeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Immutable X wallet. Log in with your Immutable Passport account; Stardeck never sees your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in with Immutable Passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in with your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the login page in your web browser, e.g. to use Google or a password manager</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stardeck::ui::LoginWebPage</name>
    <message>
        <source>The server&apos;s certificate is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A frame tried to complete the login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page is not part of the Immutable login and was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login page tried to open a new window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stardeck::ui::MainWindow</name>
    <message>
        <source>Stardeck</source>
        <extracomment>Window title: the product name, normally left untranslated.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ctivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Stardeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the account address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Buy from the market…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to an &amp;exchange…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minute(s) ahead of the server&apos;s. Signatures, expiry dates and login checks depend on it: correct the clock in your system settings.</source>
        <translation>
            <numerusform>This computer&apos;s clock is %n minute ahead of the server&apos;s. Signatures, expiry dates and login checks depend on it: correct the clock in your system settings.</numerusform>
            <numerusform>This computer&apos;s clock is %n minutes ahead of the server&apos;s. Signatures, expiry dates and login checks depend on it: correct the clock in your system settings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minute(s) behind the server&apos;s. Signatures, expiry dates and login checks depend on it: correct the clock in your system settings.</source>
        <translation>
            <numerusform>This computer&apos;s clock is %n minute behind the server&apos;s. Signatures, expiry dates and login checks depend on it: correct the clock in your system settings.</numerusform>
            <numerusform>This computer&apos;s clock is %n minutes behind the server&apos;s. Signatures, expiry dates and login checks depend on it: correct the clock in your system settings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n hour(s) ahead of the server&apos;s. Signatures, expiry dates and login checks depend on it: correct the clock in your system settings.</source>
        <translation>
            <numerusform>This computer&apos;s clock is %n hour ahead of the server&apos;s. Signatures, expiry dates and login checks depend on it: correct the clock in your system settings.</numerusform>
            <numerusform>This computer&apos;s clock is %n hours ahead of the server&apos;s. Signatures, expiry dates and login checks depend on it: correct the clock in your system settings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n hour(s) behind the server&apos;s. Signatures, expiry dates and login checks depend on it: correct the clock in your system settings.</source>
        <translation>
            <numerusform>This computer&apos;s clock is %n hour behind the server&apos;s. Signatures, expiry dates and login checks depend on it: correct the clock in your system settings.</numerusform>
            <numerusform>This computer&apos;s clock is %n hours behind the server&apos;s. Signatures, expiry dates and login checks depend on it: correct the clock in your system settings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n day(s) ahead of the server&apos;s. Signatures, expiry dates and login checks depend on it: correct the clock in your system settings.</source>
        <translation>
            <numerusform>This computer&apos;s clock is %n day ahead of the server&apos;s. Signatures, expiry dates and login checks depend on it: correct the clock in your system settings.</numerusform>
            <numerusform>This computer&apos;s clock is %n days ahead of the server&apos;s. Signatures, expiry dates and login checks depend on it: correct the clock in your system settings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n day(s) behind the server&apos;s. Signatures, expiry dates and login checks depend on it: correct the clock in your system settings.</source>
        <translation>
            <numerusform>This computer&apos;s clock is %n day behind the server&apos;s. Signatures, expiry dates and login checks depend on it: correct the clock in your system settings.</numerusform>
            <numerusform>This computer&apos;s clock is %n days behind the server&apos;s. Signatures, expiry dates and login checks depend on it: correct the clock in your system settings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stardeck::ui::MarketModel</name>
    <message>
        <source>Could not load token details. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <extracomment>a listed NFT: %1 is the collection&apos;s name, %2 the token id</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection %1, token %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stardeck::ui::MarketPage</name>
    <message>
        <source>Market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NFTs other people are selling. Buying opens the order as the server has it, and nothing is signed before you confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search listings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by collection or token id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh listings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Buy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy the selected listing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No listings</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The newest %n listing(s)</source>
        <translation>
            <numerusform>The newest listing</numerusform>
            <numerusform>The newest %n listings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n listing(s)</source>
        <translation>
            <numerusform>%n listing</numerusform>
            <numerusform>%n listings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stardeck::ui::OrderActionDialog</name>
    <message>
        <source>Order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 could not be loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NFT #%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stardeck::ui::OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide balances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide balances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh balances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send ETH or a token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stardeck::ui::RefreshStatus</name>
    <message>
        <source>Updating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (last updated %2)</source>
        <extracomment>%1 is &quot;Updating…&quot;, %2 the time the data shown was loaded</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of date: showing data from %1. %2</source>
        <extracomment>A refresh failed and the page still shows older data. %1 is the time that data was loaded, %2 the error (a sentence, e.g. &quot;Could not load balances. …&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not update: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data shown is out of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stardeck::ui::RegisterPage</name>
    <message>
        <source>Register with Immutable X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One more step: register with Immutable X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Passport account has no Immutable X wallet yet. Registering links a Stark key, derived from your Passport signer, to your account. It is free and needs no transaction fee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stardeck::ui::SellDialog</name>
    <message>
        <source>List for sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NFT to sell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NFT:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The listing ends at a set time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the listing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: no marketplace fees are added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of the listing must be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed. Order %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The listing can end at most %n day(s) from now.</source>
        <translation>
            <numerusform>The listing can end at most %n day from now.</numerusform>
            <numerusform>The listing can end at most %n days from now.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stardeck::ui::SendDialog</name>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Send %n NFT(s)</source>
        <translation>
            <numerusform>Send %n NFT</numerusform>
            <numerusform>Send %n NFTs</numerusform>
        </translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading your balances...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NFTs to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NFTs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Receiver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 available)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You hold no ETH or ERC20 tokens to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sent %n NFT(s).</source>
        <translation>
            <numerusform>Sent %n NFT.</numerusform>
            <numerusform>Sent %n NFTs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent. Transfer %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: this address only looks like %1 (same first and last characters). Check every character: look-alike addresses are used to steal funds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stardeck::ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in demo sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local sandbox (stardeck-sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immutable X testnet (sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immutable X mainnet (production)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local sandbox URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local sandbox &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport &amp;client ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redirect URI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network changes take effect the next time Stardeck starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy and appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load images from third-party servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NFT images are often hosted by their creators. Loading them tells those servers your IP address. When off, only images from Immutable&apos;s own servers are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not opened yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session and keys stored in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stardeck::ui::TokenLoad</name>
    <message>
        <source>The token list could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
