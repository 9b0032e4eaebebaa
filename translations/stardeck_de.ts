<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Immutable requires a second confirmation for this action. After you continue, Immutable&apos;s confirmation page opens; nothing is signed before you confirm there too.</source>
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
</context>
<context>
    <name>stardeck::ui::WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Stardeck is under construction</source>
        <translation>Stardeck befindet sich im Aufbau</translation>
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
        <source>A wallet for Immutable X, signing in with Passport.</source>
        <translation>Eine Wallet für Immutable X mit Anmeldung über Passport.</translation>
    </message>
    <message>
        <source>The wallet is being built. This version contains its cryptography: StarkEx and Ethereum keys, hashes and signatures, usable through the stardeck-cli tool. Signing in, balances and transfers come next.</source>
        <translation>Die Wallet befindet sich im Aufbau. Diese Version enthält ihre Kryptografie: StarkEx- und Ethereum-Schlüssel, Hashes und Signaturen, nutzbar über das Werkzeug stardeck-cli. Anmeldung, Guthaben und Überweisungen folgen als Nächstes.</translation>
    </message>
</context>
</TS>
