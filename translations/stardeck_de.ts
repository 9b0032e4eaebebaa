<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
