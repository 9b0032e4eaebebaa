<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ConfirmationDetails</name>
    <message>
        <source>%1 (hours since 1970-01-01 UTC)</source>
        <translation>%1 (1970-01-01 UTC からの時間数)</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>アクション: %1</translation>
    </message>
    <message>
        <source>Local id: %1</source>
        <translation>ローカル ID: %1</translation>
    </message>
    <message>
        <source>Sender: %1</source>
        <translation>送信元: %1</translation>
    </message>
    <message>
        <source>Sender Stark key: %1</source>
        <translation>送信元の Stark キー: %1</translation>
    </message>
    <message>
        <source>Order id: %1</source>
        <translation>注文 ID: %1</translation>
    </message>
    <message>
        <source>Exchange id: %1</source>
        <translation>取引所 ID: %1</translation>
    </message>
    <message>
        <source>Fee: %1% to %2</source>
        <translation>手数料: %1% を %2 へ</translation>
    </message>
    <message>
        <source>Guardian: %1</source>
        <translation>Guardian: %1</translation>
    </message>
    <message>
        <source>confirmation required</source>
        <translation>確認が必要</translation>
    </message>
    <message>
        <source>no confirmation required</source>
        <translation>確認は不要</translation>
    </message>
    <message>
        <source>StarkEx message %1 of %2</source>
        <translation>StarkEx メッセージ %1 / %2</translation>
    </message>
    <message>
        <source>Server&apos;s readable_transaction:</source>
        <translation>サーバーの readable_transaction:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>Server&apos;s signable response:</source>
        <translation>サーバーの署名対象レスポンス:</translation>
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
        <translation>ERC-20 トークン</translation>
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
        <translation>リクエストが無効です。入力内容を確認してください。</translation>
    </message>
    <message>
        <source>Your session has ended. Log in again.</source>
        <translation>セッションが終了しました。もう一度ログインしてください。</translation>
    </message>
    <message>
        <source>Your account is not registered with Immutable X yet.</source>
        <translation>お使いのアカウントはまだ Immutable X に登録されていません。</translation>
    </message>
    <message>
        <source>You declined the request.</source>
        <translation>リクエストを拒否しました。</translation>
    </message>
    <message>
        <source>Immutable&apos;s Guardian did not confirm the request.</source>
        <translation>Immutable の Guardian がリクエストを承認しませんでした。</translation>
    </message>
    <message>
        <source>The server&apos;s answer did not pass Stardeck&apos;s security checks, so nothing was signed. Do not retry until you know why.</source>
        <translation>サーバーの応答が Stardeck のセキュリティチェックに合格しなかったため、何も署名されていません。原因が分かるまで再試行しないでください。</translation>
    </message>
    <message>
        <source>Your account is read-only for now: you can look, not send.</source>
        <translation>お使いのアカウントは現在読み取り専用です。閲覧はできますが送信はできません。</translation>
    </message>
    <message>
        <source>Immutable&apos;s servers cannot be reached. Check your internet connection and try again.</source>
        <translation>Immutable のサーバーに接続できません。インターネット接続を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Immutable&apos;s servers refused the request.</source>
        <translation>Immutable のサーバーがリクエストを拒否しました。</translation>
    </message>
    <message>
        <source>Immutable&apos;s servers sent an answer Stardeck does not understand. Try again later.</source>
        <translation>Immutable のサーバーから Stardeck が解釈できない応答が届きました。後でもう一度お試しください。</translation>
    </message>
    <message>
        <source>The request was sent but no answer came back; Stardeck will check whether it went through. Do not send it again.</source>
        <translation>リクエストは送信されましたが応答がありません。Stardeck が処理されたかどうかを確認します。再送信しないでください。</translation>
    </message>
    <message>
        <source>This is not supported for your account.</source>
        <translation>お使いのアカウントではサポートされていません。</translation>
    </message>
    <message>
        <source>Your signing key could not sign. Try again; if it keeps failing, log out and in.</source>
        <translation>署名キーで署名できませんでした。もう一度お試しください。失敗が続く場合は、ログアウトして再度ログインしてください。</translation>
    </message>
    <message>
        <source>Stardeck could not read or write its protected storage.</source>
        <translation>Stardeck が保護されたストレージを読み書きできませんでした。</translation>
    </message>
    <message>
        <source>Something went wrong inside Stardeck.</source>
        <translation>Stardeck の内部でエラーが発生しました。</translation>
    </message>
    <message>
        <source>Immutable Passport cannot be reached. Check your internet connection and try again.</source>
        <translation>Immutable Passport に接続できません。インターネット接続を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The login was cancelled or refused.</source>
        <translation>ログインがキャンセルまたは拒否されました。</translation>
    </message>
    <message>
        <source>The login settings are not valid; check the client ID and redirect URI in Settings.</source>
        <translation>ログイン設定が無効です。設定でクライアント ID とリダイレクト URI を確認してください。</translation>
    </message>
    <message>
        <source>The login answer did not pass Stardeck&apos;s security checks. Log in again.</source>
        <translation>ログインの応答が Stardeck のセキュリティチェックに合格しませんでした。もう一度ログインしてください。</translation>
    </message>
    <message>
        <source>That login had already finished or was replaced. Log in again.</source>
        <translation>そのログインはすでに完了しているか、置き換えられました。もう一度ログインしてください。</translation>
    </message>
    <message>
        <source>The login failed. Try again.</source>
        <translation>ログインに失敗しました。もう一度お試しください。</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>登録</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>送金</translation>
    </message>
    <message>
        <source>NFT transfer</source>
        <translation>NFT の送信</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>出品</translation>
    </message>
    <message>
        <source>Cancelling a listing</source>
        <translation>出品の取り消し</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>購入</translation>
    </message>
    <message>
        <source>Exchange transfer</source>
        <translation>取引所への送金</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <source>preparing</source>
        <translation>準備中</translation>
    </message>
    <message>
        <source>checking</source>
        <translation>確認中</translation>
    </message>
    <message>
        <source>waiting for your approval</source>
        <translation>承認待ち</translation>
    </message>
    <message>
        <source>signing</source>
        <translation>署名中</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>送信中</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>outcome unknown</source>
        <translation>結果不明</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop wallet for Immutable X.</source>
        <translation>Immutable X 用デスクトップウォレット。</translation>
    </message>
    <message>
        <source>Save a PNG of the main window to &lt;file&gt; and exit.</source>
        <translation>メインウィンドウの PNG を &lt;ファイル&gt; に保存して終了します。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Where to connect: embedded (a built-in demo sandbox, the default), local (a stardeck-sandbox, see --sandbox-url), sandbox (Immutable&apos;s testnet) or production.</source>
        <translation>接続先: embedded (内蔵デモサンドボックス、既定)、local (stardeck-sandbox、--sandbox-url を参照)、sandbox (Immutable のテストネット)、production。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Base URL of the local stardeck-sandbox (with --environment local).</source>
        <translation>ローカル stardeck-sandbox のベース URL (--environment local と併用)。</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Log in as &lt;email&gt; without asking (embedded sandbox only; for scripts and screenshots).</source>
        <translation>確認なしで &lt;email&gt; としてログインします (内蔵サンドボックスのみ。スクリプトやスクリーンショット用)。</translation>
    </message>
    <message>
        <source>email</source>
        <translation>email</translation>
    </message>
    <message>
        <source>unknown environment &quot;%1&quot;: use embedded, local, sandbox or production</source>
        <translation>不明な環境「%1」: embedded、local、sandbox、production のいずれかを指定してください</translation>
    </message>
    <message>
        <source>the local environment needs --sandbox-url, e.g. http://127.0.0.1:8470</source>
        <translation>local 環境には --sandbox-url が必要です (例: http://127.0.0.1:8470)</translation>
    </message>
    <message>
        <source>--auto-login only works with the embedded sandbox</source>
        <translation>--auto-login は内蔵サンドボックスでのみ使用できます</translation>
    </message>
    <message>
        <source>--auto-login needs an e-mail address</source>
        <translation>--auto-login にはメールアドレスが必要です</translation>
    </message>
    <message>
        <source>How a login in the system browser comes back: loopback (a port on 127.0.0.1, the default) or scheme (the stardeck:// URL handler).</source>
        <translation>システムブラウザでのログインの戻り方: loopback (127.0.0.1 のポート、既定) または scheme (stardeck:// URL ハンドラー)。</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>A stardeck:// login answer (the desktop passes it to the running wallet).</source>
        <translation>stardeck:// のログイン応答 (デスクトップが実行中のウォレットに渡します)。</translation>
    </message>
    <message>
        <source>--browser-redirect takes loopback or scheme</source>
        <translation>--browser-redirect には loopback か scheme を指定します</translation>
    </message>
    <message>
        <source>only one URL can be given</source>
        <translation>指定できる URL は 1 つだけです</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a stardeck:// login answer</source>
        <translation>「%1」は stardeck:// のログイン応答ではありません</translation>
    </message>
</context>
<context>
    <name>stardeck::app::AppServices</name>
    <message>
        <source>Opening your wallet…</source>
        <translation>ウォレットを開いています…</translation>
    </message>
    <message>
        <source>The built-in demo sandbox could not start: %1</source>
        <translation>内蔵デモサンドボックスを起動できませんでした: %1</translation>
    </message>
    <message>
        <source>The settings for %1 cannot be used: %2</source>
        <translation>%1 の設定は使用できません: %2</translation>
    </message>
    <message>
        <source>Built-in demo sandbox</source>
        <translation>内蔵デモサンドボックス</translation>
    </message>
    <message>
        <source>Local sandbox %1</source>
        <translation>ローカルサンドボックス %1</translation>
    </message>
    <message>
        <source>Immutable X testnet</source>
        <translation>Immutable X テストネット</translation>
    </message>
    <message>
        <source>Immutable X mainnet</source>
        <translation>Immutable X メインネット</translation>
    </message>
    <message>
        <source>Your session has ended (it expired or was revoked). Log in again.</source>
        <translation>セッションが終了しました (期限切れまたは取り消し)。もう一度ログインしてください。</translation>
    </message>
    <message>
        <source>This is the built-in demo sandbox: log in as demo@stardeck.test (the login page shows the one-time code).</source>
        <translation>これは内蔵デモサンドボックスです。demo@stardeck.test としてログインしてください (ワンタイムコードはログインページに表示されます)。</translation>
    </message>
    <message>
        <source>Your stored session could not be read (%1). Log in again.</source>
        <translation>保存されたセッションを読み込めませんでした (%1)。もう一度ログインしてください。</translation>
    </message>
    <message>
        <source>Restoring your session…</source>
        <translation>セッションを復元しています…</translation>
    </message>
    <message>
        <source>Your session has ended. Log in again.</source>
        <translation>セッションが終了しました。もう一度ログインしてください。</translation>
    </message>
    <message>
        <source>Continue in your web browser. Stardeck waits for the login to finish.</source>
        <translation>Web ブラウザーで続行してください。Stardeck はログインの完了を待っています。</translation>
    </message>
    <message>
        <source>Checking the login…</source>
        <translation>ログインを確認しています…</translation>
    </message>
    <message>
        <source>Open this address in your web browser to log in:
%1</source>
        <translation>ログインするには、このアドレスを Web ブラウザーで開いてください:
%1</translation>
    </message>
    <message>
        <source>Connecting your wallet…</source>
        <translation>ウォレットに接続しています…</translation>
    </message>
    <message>
        <source>You are logged in, but your wallet could not be connected. %1</source>
        <translation>ログインしましたが、ウォレットに接続できませんでした。%1</translation>
    </message>
    <message>
        <source>Stardeck cannot open its record of sent actions. %1</source>
        <translation>Stardeck が送信済みアクションの記録を開けません。%1</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>読み取り専用: %1</translation>
    </message>
    <message>
        <source>Stardeck</source>
        <translation>Stardeck</translation>
    </message>
    <message>
        <source>Earlier actions could not be checked yet: %1</source>
        <translation>以前のアクションをまだ確認できていません: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier action(s) resolved</source>
        <translation>
            <numerusform>以前のアクション %n 件が解決しました</numerusform>
        </translation>
    </message>
    <message>
        <source>Registering your account with Immutable X…</source>
        <translation>アカウントを Immutable X に登録しています…</translation>
    </message>
    <message>
        <source>Your account is registered with Immutable X.</source>
        <translation>アカウントは Immutable X に登録されています。</translation>
    </message>
    <message>
        <source>Logging out…</source>
        <translation>ログアウトしています…</translation>
    </message>
    <message>
        <source>You have logged out.</source>
        <translation>ログアウトしました。</translation>
    </message>
    <message>
        <source>You have logged out on this computer; the server could not be told (%1).</source>
        <translation>このコンピューターからログアウトしましたが、サーバーに通知できませんでした (%1)。</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1: 完了</translation>
    </message>
    <message>
        <source>%1: failed</source>
        <translation>%1: 失敗</translation>
    </message>
    <message>
        <source>%1: failed (%2)</source>
        <translation>%1: 失敗 (%2)</translation>
    </message>
    <message>
        <source>%1: sent, but no answer arrived; Stardeck will check it</source>
        <translation>%1: 送信済みですが応答がありません。Stardeck が確認します</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>an NFT (#%1)</source>
        <translation>NFT (#%1)</translation>
    </message>
    <message>
        <source>a token transfer</source>
        <translation>トークンの送金</translation>
    </message>
    <message>
        <source>Received %1 from %2</source>
        <translation>%2 から %1 を受け取りました</translation>
    </message>
    <message>
        <source>A login answer arrived, but no login in the browser was waiting for it. Log in again.</source>
        <translation>ログイン応答が届きましたが、待機中のブラウザでのログインはありません。もう一度ログインしてください。</translation>
    </message>
</context>
<context>
    <name>stardeck::app::AssetActions</name>
    <message>
        <source>The listing could not be looked up: %1</source>
        <translation>出品情報を取得できませんでした: %1</translation>
    </message>
    <message>
        <source>This NFT is not listed for sale.</source>
        <translation>この NFT は出品されていません。</translation>
    </message>
</context>
<context>
    <name>stardeck::app::SessionVault</name>
    <message>
        <source>Unlock your wallet</source>
        <translation>ウォレットのロック解除</translation>
    </message>
    <message>
        <source>No system keychain is available, so Stardeck keeps your session in an encrypted file.
Passphrase of that file (choose one the first time):</source>
        <translation>システムのキーチェーンが利用できないため、Stardeck はセッションを暗号化ファイルに保存します。
そのファイルのパスフレーズ (初回は新しく決めてください):</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>パスフレーズ</translation>
    </message>
    <message>
        <source>A passphrase is needed to keep your session. You can still log in; the session will not be remembered.</source>
        <translation>セッションを保存するにはパスフレーズが必要です。ログインはできますが、セッションは記憶されません。</translation>
    </message>
    <message>
        <source>The secret file stays locked; your session will not be remembered.</source>
        <translation>シークレットファイルはロックされたままです。セッションは記憶されません。</translation>
    </message>
    <message>
        <source>Your session could not be saved: %1</source>
        <translation>セッションを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Your stored session could not be removed: %1</source>
        <translation>保存されたセッションを削除できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>stardeck::ui</name>
    <message>
        <source>An address starts with 0x.</source>
        <translation>アドレスは 0x で始まります。</translation>
    </message>
    <message>
        <source>An address has only the digits 0-9 and letters a-f after 0x.</source>
        <translation>アドレスの 0x 以降は数字 0-9 と英字 a-f のみです。</translation>
    </message>
    <message>
        <source>An address has 40 hex digits after 0x (this one has %1).</source>
        <translation>アドレスは 0x の後に 16 進数 40 桁です (このアドレスは %1 桁)。</translation>
    </message>
    <message>
        <source>The capitalisation does not match the address checksum (EIP-55): a character may be mistyped.</source>
        <translation>大文字・小文字がアドレスのチェックサム (EIP-55) と一致しません。入力ミスの可能性があります。</translation>
    </message>
    <message>
        <source>This is your own address.</source>
        <translation>これはご自身のアドレスです。</translation>
    </message>
    <message>
        <source>%1 has no decimals: enter a whole number.</source>
        <translation>%1 には小数がありません。整数を入力してください。</translation>
    </message>
    <message>
        <source>%1 has at most %2 decimals.</source>
        <translation>%1 の小数は最大 %2 桁です。</translation>
    </message>
    <message>
        <source>Enter an amount like 1.25 (digits and one point, no spaces or commas).</source>
        <translation>1.25 のように金額を入力してください (数字と小数点 1 つ。スペースやカンマは不可)。</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>金額は 0 より大きくする必要があります。</translation>
    </message>
    <message>
        <source>This token has no valid quantum; it cannot be moved.</source>
        <translation>このトークンには有効な quantum がないため、移動できません。</translation>
    </message>
    <message>
        <source>Amounts of %1 move in steps of %2: the nearest valid amount is %3.</source>
        <translation>%1 の金額は %2 単位で移動します。最も近い有効な金額は %3 です。</translation>
    </message>
    <message>
        <source>Amounts of %1 move in steps of %2: the nearest valid amounts are %3 and %4.</source>
        <translation>%1 の金額は %2 単位で移動します。最も近い有効な金額は %3 と %4 です。</translation>
    </message>
    <message>
        <source>More than your available balance (%1 %2).</source>
        <translation>利用可能残高 (%1 %2) を超えています。</translation>
    </message>
    <message>
        <source>Your balances could not be loaded: %1</source>
        <translation>残高を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>The token list could not be loaded: %1</source>
        <translation>トークン一覧を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Preparing the transaction...</source>
        <translation>トランザクションを準備しています...</translation>
    </message>
    <message>
        <source>Checking the server&apos;s transaction against your request...</source>
        <translation>サーバーのトランザクションをリクエストと照合しています...</translation>
    </message>
    <message>
        <source>Waiting for your approval in the confirmation window...</source>
        <translation>確認ウィンドウでの承認を待っています...</translation>
    </message>
    <message>
        <source>Signing...</source>
        <translation>署名しています...</translation>
    </message>
    <message>
        <source>Submitting...</source>
        <translation>送信しています...</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完了しました。</translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation>失敗しました。</translation>
    </message>
    <message>
        <source>Sent; waiting to learn the outcome.</source>
        <translation>送信しました。結果を待っています。</translation>
    </message>
    <message>
        <source>You rejected the confirmation. Nothing was signed or sent.</source>
        <translation>確認を拒否しました。何も署名・送信されていません。</translation>
    </message>
    <message>
        <source>Refused: the server&apos;s transaction did not match what you asked for. Nothing was signed.</source>
        <translation>拒否: サーバーのトランザクションがリクエスト内容と一致しませんでした。何も署名されていません。</translation>
    </message>
    <message>
        <source>Refused: Immutable&apos;s Guardian confirmation was declined or not completed. Nothing was sent.</source>
        <translation>拒否: Immutable の Guardian による確認が拒否されたか、完了しませんでした。何も送信されていません。</translation>
    </message>
    <message>
        <source>Your account is read-only for now, so nothing was sent: %1</source>
        <translation>アカウントが現在読み取り専用のため、何も送信されていません: %1</translation>
    </message>
    <message>
        <source>The server did not answer before anything was sent; nothing changed. Try again later. (%1)</source>
        <translation>送信前にサーバーが応答しませんでした。変更はありません。後でもう一度お試しください。(%1)</translation>
    </message>
    <message>
        <source>The server refused the request: %1</source>
        <translation>サーバーがリクエストを拒否しました: %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer was malformed, so nothing was signed: %1</source>
        <translation>サーバーの応答の形式が不正なため、何も署名されていません: %1</translation>
    </message>
    <message>
        <source>Sent, but no answer came back. Stardeck will check the outcome; do not repeat it yet.</source>
        <translation>送信しましたが応答がありません。Stardeck が結果を確認します。まだ繰り返さないでください。</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again, then retry.</source>
        <translation>セッションが終了しました。再度サインインしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>This account is not registered with Immutable X yet.</source>
        <translation>このアカウントはまだ Immutable X に登録されていません。</translation>
    </message>
    <message>
        <source>The request is not valid: %1</source>
        <translation>リクエストが無効です: %1</translation>
    </message>
    <message>
        <source>This operation is not supported for Passport accounts.</source>
        <translation>この操作は Passport アカウントではサポートされていません。</translation>
    </message>
    <message>
        <source>Signing failed; nothing was sent: %1</source>
        <translation>署名に失敗しました。何も送信されていません: %1</translation>
    </message>
    <message>
        <source>Local storage failed; nothing was sent: %1</source>
        <translation>ローカルストレージでエラーが発生しました。何も送信されていません: %1</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>問題が発生しました: %1</translation>
    </message>
</context>
<context>
    <name>stardeck::ui::AboutDialog</name>
    <message>
        <source>About Stardeck</source>
        <translation>Stardeck について</translation>
    </message>
    <message>
        <source>Stardeck logo</source>
        <translation>Stardeck ロゴ</translation>
    </message>
    <message>
        <source>Stardeck</source>
        <translation>Stardeck</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>バージョン %1</translation>
    </message>
    <message>
        <source>A desktop wallet for Immutable X, signing in with Passport.</source>
        <translation>Passport でサインインする Immutable X 用デスクトップウォレット。</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Qt %1 でビルド、Qt %2 で実行中。</translation>
    </message>
    <message>
        <source>Free software under the MIT License.</source>
        <translation>MIT ライセンスのフリーソフトウェアです。</translation>
    </message>
</context>
<context>
    <name>stardeck::ui::ActionDialog</name>
    <message>
        <source>Input problem</source>
        <translation>入力の問題</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>stardeck::ui::ActivityModel</name>
    <message>
        <source>The wallet is not connected to Immutable X.</source>
        <translation>ウォレットが Immutable X に接続されていません。</translation>
    </message>
    <message>
        <source>No account is selected.</source>
        <translation>アカウントが選択されていません。</translation>
    </message>
    <message>
        <source>Could not load your activity. %1</source>
        <translation>アクティビティを読み込めませんでした。%1</translation>
    </message>
    <message>
        <source>Could not load token details. %1</source>
        <translation>トークンの詳細を読み込めませんでした。%1</translation>
    </message>
    <message>
        <source>NFT #%1</source>
        <extracomment>an NFT in the activity list; %1 is its token id</extracomment>
        <translation>NFT #%1</translation>
    </message>
    <message>
        <source>for %1 %2</source>
        <extracomment>the price of an order: amount and asset asked for</extracomment>
        <translation>%1 %2 で</translation>
    </message>
    <message>
        <source>Order %1</source>
        <extracomment>the other side of a trade: its order id</extracomment>
        <translation>注文 %1</translation>
    </message>
    <message>
        <source>received %1 %2</source>
        <extracomment>what a trade brought in: amount and asset</extracomment>
        <translation>%1 %2 を受け取り</translation>
    </message>
    <message>
        <source>%1, waiting for Immutable X to confirm</source>
        <extracomment>a signed request not yet confirmed; %1 is what it does, e.g. &quot;Cancel order&quot;</extracomment>
        <translation>%1、Immutable X の確認待ち</translation>
    </message>
    <message>
        <source>%1 %2: %3 %4, %5, %6</source>
        <extracomment>one activity row read as a sentence: kind, direction, amount, asset, status, time</extracomment>
        <translation>%1 %2: %3 %4、%5、%6</translation>
    </message>
    <message>
        <source>Counterparty: %1</source>
        <translation>取引相手: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>取引相手</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>資産</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>登録</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>送金</translation>
    </message>
    <message>
        <source>NFT batch transfer</source>
        <translation>NFT 一括送信</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>新規注文</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>注文の取り消し</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>取引</translation>
    </message>
    <message>
        <source>Exchange transfer</source>
        <translation>取引所への送金</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>注文</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受信</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>約定済み</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>取り消し済み</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>保留中</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>送信済み</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Transaction ID</source>
        <translation>トランザクション ID</translation>
    </message>
    <message>
        <source>Possible address-poisoning transfer</source>
        <translation>アドレスポイズニングの可能性がある送金</translation>
    </message>
    <message>
        <source>Nothing was sent, from an address you never sent to and that is not in your address book. Do not copy the address from here.</source>
        <translation>何も送られていません。送り元は、これまで送金したことがなく、アドレス帳にもないアドレスです。ここからアドレスをコピーしないでください。</translation>
    </message>
    <message>
        <source>A tiny amount from an address you never sent to and that is not in your address book. Do not copy the address from here.</source>
        <translation>これまで送金したことがなく、アドレス帳にもないアドレスからのごく少額の送金です。ここからアドレスをコピーしないでください。</translation>
    </message>
    <message>
        <source>The sender only looks like %1, an address you know. Do not copy the address from here.</source>
        <extracomment>%1 is the full address the sender imitates</extracomment>
        <translation>送り元は、既知のアドレス %1 に似ているだけです。ここからアドレスをコピーしないでください。</translation>
    </message>
</context>
<context>
    <name>stardeck::ui::ActivityPage</name>
    <message>
        <source>Activity</source>
        <translation>アクティビティ</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>表示(&amp;S):</translation>
    </message>
    <message>
        <source>Kind of activity</source>
        <translation>アクティビティの種類</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>送金</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>注文</translation>
    </message>
    <message>
        <source>Trades</source>
        <translation>取引</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>Refresh activity</source>
        <translation>アクティビティを更新</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV をエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Export activity as CSV</source>
        <translation>アクティビティを CSV としてエクスポート</translation>
    </message>
    <message>
        <source>Export activity</source>
        <translation>アクティビティのエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>%1 にエクスポートしました</translation>
    </message>
    <message>
        <source>Could not write %1: choose another folder.</source>
        <translation>%1 に書き込めませんでした。別のフォルダーを選択してください。</translation>
    </message>
    <message numerus="yes">
        <source>Hide %n suspicious transfer(s)</source>
        <translation>
            <numerusform>不審な送金 %n 件を隠す</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show %n hidden suspicious transfer(s)</source>
        <translation>
            <numerusform>隠れている不審な送金 %n 件を表示</numerusform>
        </translation>
    </message>
    <message>
        <source>Tiny or empty transfers from unknown addresses, and transfers from addresses that imitate ones you know, are often address poisoning.</source>
        <translation>不明なアドレスからのごく少額または空の送金や、既知のアドレスをまねたアドレスからの送金は、多くの場合アドレスポイズニングです。</translation>
    </message>
</context>
<context>
    <name>stardeck::ui::AddressBook</name>
    <message>
        <source>The address book %1 cannot be read: %2</source>
        <translation>アドレス帳 %1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>The address book %1 is too large to be an address book.</source>
        <translation>アドレス帳 %1 はアドレス帳としては大きすぎます。</translation>
    </message>
    <message>
        <source>The address book %1 is damaged (%2). It was left untouched; fix or remove it to edit names.</source>
        <translation>アドレス帳 %1 が破損しています (%2)。変更はしていません。名前を編集するには修復するか削除してください。</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>expected exactly the keys &quot;version&quot; and &quot;entries&quot;</source>
        <translation>キー「version」と「entries」のみが必要です</translation>
    </message>
    <message>
        <source>unknown version</source>
        <translation>不明なバージョン</translation>
    </message>
    <message>
        <source>&quot;entries&quot; is not a list</source>
        <translation>「entries」がリストではありません</translation>
    </message>
    <message>
        <source>entry %1 is not {&quot;address&quot;, &quot;name&quot;}</source>
        <translation>エントリ %1 が {&quot;address&quot;, &quot;name&quot;} ではありません</translation>
    </message>
    <message>
        <source>entry %1: %2</source>
        <translation>エントリ %1: %2</translation>
    </message>
    <message>
        <source>entry %1 repeats an address</source>
        <translation>エントリ %1 のアドレスが重複しています</translation>
    </message>
    <message>
        <source>The address is empty.</source>
        <translation>アドレスが空です。</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>名前が空です。</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation>名前が %1 文字を超えています。</translation>
    </message>
    <message>
        <source>The name contains control characters.</source>
        <translation>名前に制御文字が含まれています。</translation>
    </message>
    <message>
        <source>The address book file is damaged; it is not overwritten. Fix or remove %1 first.</source>
        <translation>アドレス帳ファイルが破損しているため、上書きしません。先に %1 を修復または削除してください。</translation>
    </message>
    <message>
        <source>The address book cannot be saved: %1</source>
        <translation>アドレス帳を保存できません: %1</translation>
    </message>
    <message>
        <source>This address already has the name &quot;%1&quot;.</source>
        <translation>このアドレスにはすでに「%1」という名前があります。</translation>
    </message>
    <message>
        <source>This address is not in the address book.</source>
        <translation>このアドレスはアドレス帳にありません。</translation>
    </message>
</context>
<context>
    <name>stardeck::ui::AddressBookDialog</name>
    <message>
        <source>Address book</source>
        <translation>アドレス帳</translation>
    </message>
    <message>
        <source>Named addresses</source>
        <translation>名前付きアドレス</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>0x...</source>
        <translation>0x...</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>アドレス(&amp;D):</translation>
    </message>
    <message>
        <source>Address book message</source>
        <translation>アドレス帳のメッセージ</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>名前を変更(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>削除(&amp;M)</translation>
    </message>
</context>
<context>
    <name>stardeck::ui::AddressField</name>
    <message>
        <source>0x... or a name from your address book</source>
        <translation>0x... またはアドレス帳の名前</translation>
    </message>
    <message>
        <source>Receiver address</source>
        <translation>受取人のアドレス</translation>
    </message>
    <message>
        <source>Receiver name</source>
        <translation>受取人の名前</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <source>New address: you have not sent to it before.</source>
        <translation>新しいアドレス: これまでに送信したことがありません。</translation>
    </message>
</context>
<context>
    <name>stardeck::ui::ApiErrorText</name>
    <message>
        <source>The Immutable X API could not be reached. Check your connection and try again.</source>
        <translation>Immutable X API に接続できませんでした。接続を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The Immutable X API did not answer in time. Try again in a moment.</source>
        <translation>Immutable X API が時間内に応答しませんでした。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>The Immutable X API answered with an error (HTTP %1).</source>
        <translation>Immutable X API がエラーを返しました (HTTP %1)。</translation>
    </message>
    <message>
        <source>The Immutable X API answered with an error (HTTP %1): %2</source>
        <translation>Immutable X API がエラーを返しました (HTTP %1): %2</translation>
    </message>
    <message>
        <source>The Immutable X API sent an answer this wallet does not understand (%1).</source>
        <translation>Immutable X API からこのウォレットが解釈できない応答が届きました (%1)。</translation>
    </message>
    <message>
        <source>The Immutable X API sent an answer that is too large.</source>
        <translation>Immutable X API からの応答が大きすぎます。</translation>
    </message>
    <message>
        <source>The Immutable X API request failed.</source>
        <translation>Immutable X API へのリクエストに失敗しました。</translation>
    </message>
    <message>
        <source>The Immutable X API sent an answer this wallet does not understand.</source>
        <translation>Immutable X API から、このウォレットが理解できない応答が返されました。</translation>
    </message>
</context>
<context>
    <name>stardeck::ui::AssetGridModel</name>
    <message>
        <source>The wallet is not connected to Immutable X.</source>
        <translation>ウォレットが Immutable X に接続されていません。</translation>
    </message>
    <message>
        <source>No account is selected.</source>
        <translation>アカウントが選択されていません。</translation>
    </message>
    <message>
        <source>Could not load your NFTs. %1</source>
        <translation>NFT を読み込めませんでした。%1</translation>
    </message>
    <message>
        <source>Token #%1</source>
        <extracomment>shown for an NFT without a name; %1 is its token id</extracomment>
        <translation>トークン #%1</translation>
    </message>
    <message>
        <source>%1
%2, token #%3</source>
        <extracomment>NFT tooltip: name, then collection and token id on a second line</extracomment>
        <translation>%1
%2、トークン #%3</translation>
    </message>
    <message>
        <source>%1 from %2, token %3</source>
        <translation>%2 の %1、トークン %3</translation>
    </message>
</context>
<context>
    <name>stardeck::ui::AssetsPage</name>
    <message>
        <source>Assets</source>
        <translation>資産</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>コレクション</translation>
    </message>
    <message>
        <source>All collections</source>
        <translation>すべてのコレクション</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>名前で検索</translation>
    </message>
    <message>
        <source>Your NFTs</source>
        <translation>あなたの NFT</translation>
    </message>
    <message>
        <source>NFT image</source>
        <translation>NFT の画像</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>メタデータ</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>送信(&amp;S)…</translation>
    </message>
    <message>
        <source>S&amp;ell…</source>
        <translation>売却(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Cancel listing</source>
        <translation>出品を取り消す(&amp;C)</translation>
    </message>
    <message>
        <source>Select an NFT to see its details.</source>
        <translation>NFT を選択すると詳細が表示されます。</translation>
    </message>
    <message>
        <source>Unnamed NFT</source>
        <translation>名前のない NFT</translation>
    </message>
    <message>
        <source>Collection: %1
Contract: %2
Token ID: %3</source>
        <translation>コレクション: %1
コントラクト: %2
トークン ID: %3</translation>
    </message>
    <message>
        <source>Not available in this version yet</source>
        <translation>このバージョンではまだ利用できません</translation>
    </message>
    <message numerus="yes">
        <source>Loading… %n NFT(s)</source>
        <translation>
            <numerusform>読み込み中… %n 件の NFT</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load every NFT: %1</source>
        <translation>一部の NFT を読み込めませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n NFT(s)</source>
        <translation>
            <numerusform>%n 件の NFT</numerusform>
        </translation>
    </message>
    <message>
        <source>Property</source>
        <translation>プロパティ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message numerus="yes">
        <source>%n NFT(s) selected</source>
        <translation>
            <numerusform>%n 個の NFT を選択中</numerusform>
        </translation>
    </message>
    <message>
        <source>Send them together in one batch transfer, confirmed once.</source>
        <translation>まとめて 1 回の一括送金で送信し、確認は 1 回です。</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>Refresh NFTs</source>
        <translation>NFT を更新</translation>
    </message>
</context>
<context>
    <name>stardeck::ui::BalancesModel</name>
    <message>
        <source>The wallet is not connected to Immutable X.</source>
        <translation>ウォレットが Immutable X に接続されていません。</translation>
    </message>
    <message>
        <source>No account is selected.</source>
        <translation>アカウントが選択されていません。</translation>
    </message>
    <message>
        <source>Could not load balances. %1</source>
        <translation>残高を読み込めませんでした。%1</translation>
    </message>
    <message>
        <source>Could not load the details of token %1. %2</source>
        <translation>トークン %1 の詳細を読み込めませんでした。%2</translation>
    </message>
    <message>
        <source>Token %1 has invalid decimals (%2).</source>
        <translation>トークン %1 の小数桁数が無効です (%2)。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>token name and symbol, e.g. &quot;Ethereum (ETH)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>Amount hidden</source>
        <translation>金額は非表示</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <extracomment>&quot;&lt;column&gt;: &lt;amount&gt; &lt;symbol&gt;&quot;, e.g. &quot;Balance: 12.5 ETH&quot;</extracomment>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>トークン</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>残高</translation>
    </message>
    <message>
        <source>Preparing withdrawal</source>
        <translation>出金を準備中</translation>
    </message>
    <message>
        <source>Withdrawable</source>
        <translation>出金可能</translation>
    </message>
</context>
<context>
    <name>stardeck::ui::BuyDialog</name>
    <message>
        <source>Buy</source>
        <translation>購入</translation>
    </message>
    <message>
        <source>This order is %1; it can no longer be bought.</source>
        <translation>この注文は %1 のため、購入できません。</translation>
    </message>
    <message>
        <source>This is your own listing.</source>
        <translation>これはご自身の出品です。</translation>
    </message>
    <message>
        <source>You get:</source>
        <translation>受け取る額:</translation>
    </message>
    <message>
        <source>You pay:</source>
        <translation>支払う額:</translation>
    </message>
    <message>
        <source>Bought. Trade %1 is %2.</source>
        <translation>購入しました。取引 %1 は %2 です。</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>承認済み</translation>
    </message>
</context>
<context>
    <name>stardeck::ui::CancelOrderDialog</name>
    <message>
        <source>Cancel listing</source>
        <translation>出品を取り消す</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>注文の取り消し</translation>
    </message>
    <message>
        <source>Keep listing</source>
        <translation>出品を続ける</translation>
    </message>
    <message>
        <source>This order is %1; there is nothing to cancel.</source>
        <translation>この注文は %1 のため、取り消すものがありません。</translation>
    </message>
    <message>
        <source>This is not your order.</source>
        <translation>これはあなたの注文ではありません。</translation>
    </message>
    <message>
        <source>Selling:</source>
        <translation>売却:</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>価格:</translation>
    </message>
    <message>
        <source>Order %1 is %2.</source>
        <translation>注文 %1 は %2 です。</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>取り消し済み</translation>
    </message>
</context>
<context>
    <name>stardeck::ui::ConfirmationDialog</name>
    <message>
        <source>Confirm</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Details of the action</source>
        <translation>アクションの詳細</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Cancel, do not sign</source>
        <translation>キャンセル (署名しない)</translation>
    </message>
    <message>
        <source>Close, do not sign</source>
        <translation>閉じる (署名しない)</translation>
    </message>
    <message>
        <source>Continue to confirmation</source>
        <translation>確認に進む</translation>
    </message>
    <message>
        <source>Approve and sign</source>
        <translation>承認して署名</translation>
    </message>
    <message>
        <source>Available a moment after this window is shown or brought back to the front.</source>
        <translation>このウィンドウが表示されるか前面に戻ってから少しすると利用できます。</translation>
    </message>
    <message>
        <source>Review the action and approve or cancel it.</source>
        <translation>アクションを確認し、承認またはキャンセルしてください。</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <source>Check every detail. Nothing is signed until you approve.</source>
        <translation>すべての詳細を確認してください。承認するまで何も署名されません。</translation>
    </message>
    <message>
        <source>⚠ Cannot be approved: %1</source>
        <translation>⚠ 承認できません: %1</translation>
    </message>
    <message>
        <source>Why this action cannot be approved</source>
        <translation>このアクションを承認できない理由</translation>
    </message>
    <message>
        <source>the action contains nothing to sign.</source>
        <translation>アクションに署名する内容がありません。</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>詳細設定</translation>
    </message>
    <message>
        <source>Show the raw StarkEx fields</source>
        <translation>StarkEx の生フィールドを表示</translation>
    </message>
    <message>
        <source>Raw StarkEx fields and the server&apos;s description</source>
        <translation>StarkEx の生フィールドとサーバーの説明</translation>
    </message>
    <message>
        <source>an amount cannot be shown exactly (%1 decimals).</source>
        <translation>金額を正確に表示できません (小数 %1 桁)。</translation>
    </message>
    <message>
        <source>(amount cannot be shown)</source>
        <translation>(金額を表示できません)</translation>
    </message>
    <message>
        <source>Address book name: %1</source>
        <translation>アドレス帳の名前: %1</translation>
    </message>
    <message>
        <source>Address %1</source>
        <translation>アドレス %1</translation>
    </message>
    <message>
        <source>⚠ First time sending here. Check the whole address.</source>
        <translation>⚠ このアドレスへの初めての送信です。アドレス全体を確認してください。</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>Image of %1</source>
        <translation>%1 の画像</translation>
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
        <translation>コントラクト %1</translation>
    </message>
    <message>
        <source>Token ID %1</source>
        <translation>トークン ID %1</translation>
    </message>
    <message>
        <source>Asset ID %1</source>
        <translation>アセット ID %1</translation>
    </message>
    <message>
        <source>Hide the raw StarkEx fields</source>
        <translation>StarkEx の生フィールドを隠す</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>From (your account)</source>
        <translation>送信元 (あなたのアカウント)</translation>
    </message>
    <message>
        <source>Register with Immutable X</source>
        <translation>Immutable X に登録</translation>
    </message>
    <message>
        <source>Stark key</source>
        <translation>Stark キー</translation>
    </message>
    <message>
        <source>Links this Stark key to your Ethereum address on Immutable X so that you can trade and transfer. No assets or funds move.</source>
        <translation>この Stark キーを Immutable X 上のあなたの Ethereum アドレスに紐付け、取引や送金ができるようにします。資産や資金は移動しません。</translation>
    </message>
    <message>
        <source>Cancel listing #%1</source>
        <translation>出品 #%1 を取り消す</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>出品</translation>
    </message>
    <message>
        <source>Order #%1</source>
        <translation>注文 #%1</translation>
    </message>
    <message>
        <source>The listing is removed from the order book. No assets or funds move.</source>
        <translation>出品がオーダーブックから削除されます。資産や資金は移動しません。</translation>
    </message>
    <message>
        <source>Send %1</source>
        <translation>%1 を送信</translation>
    </message>
    <message>
        <source>Send %1 for exchange #%2</source>
        <translation>取引所 #%2 向けに %1 を送信</translation>
    </message>
    <message>
        <source>To</source>
        <translation>送信先</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>資産</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>取引所</translation>
    </message>
    <message>
        <source>Exchange #%1</source>
        <translation>取引所 #%1</translation>
    </message>
    <message>
        <source>Send 1 NFT</source>
        <translation>NFT を 1 件送信</translation>
    </message>
    <message numerus="yes">
        <source>Send %n NFTs</source>
        <translation>
            <numerusform>NFT を %n 件送信</numerusform>
        </translation>
    </message>
    <message>
        <source>a batch transfer moves something other than one NFT.</source>
        <translation>一括送信で NFT 1 件以外のものが移動します。</translation>
    </message>
    <message>
        <source>NFT %1 of %2</source>
        <translation>NFT %1 / %2</translation>
    </message>
    <message>
        <source>the order does not say what it asks for.</source>
        <translation>注文に要求内容が記載されていません。</translation>
    </message>
    <message>
        <source>Sell %1 for %2</source>
        <translation>%1 を %2 で売却</translation>
    </message>
    <message>
        <source>You sell</source>
        <translation>売却するもの</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>価格</translation>
    </message>
    <message>
        <source>the trade does not say what you receive.</source>
        <translation>取引で受け取るものが記載されていません。</translation>
    </message>
    <message>
        <source>Buy %1 for %2</source>
        <translation>%1 を %2 で購入</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>注文</translation>
    </message>
    <message>
        <source>You receive</source>
        <translation>受け取るもの</translation>
    </message>
    <message>
        <source>You pay</source>
        <translation>支払うもの</translation>
    </message>
    <message>
        <source>Confirm an action</source>
        <translation>アクションの確認</translation>
    </message>
    <message>
        <source>%1% to %2</source>
        <extracomment>A fee: percentage and recipient, e.g. &quot;1.5% to Marketplace (0x1234 ...)&quot;.</extracomment>
        <translation>%1% を %2 へ</translation>
    </message>
    <message>
        <source>%1% to %2 (%3)</source>
        <translation>%1% を %2 へ (%3)</translation>
    </message>
    <message>
        <source>StarkEx fee of at most %1 quantized units (details under Advanced)</source>
        <translation>最大 %1 量子化単位の StarkEx 手数料 (詳細は「詳細設定」)</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>手数料</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>the expiry is not a valid date.</source>
        <translation>有効期限が有効な日付ではありません。</translation>
    </message>
    <message>
        <source>(invalid date)</source>
        <translation>(無効な日付)</translation>
    </message>
    <message>
        <source>Expires (local time)</source>
        <translation>有効期限 (現地時刻)</translation>
    </message>
    <message>
        <source>the payload hash was not verified on this computer, so what would be signed may differ from what is shown.</source>
        <translation>ペイロードハッシュがこのコンピューターで検証されていないため、署名される内容が表示と異なる可能性があります。</translation>
    </message>
    <message>
        <source>✓ Hash verified locally</source>
        <translation>✓ ハッシュをローカルで検証済み</translation>
    </message>
    <message>
        <source>Stardeck recomputed the StarkEx payload hash from the fields shown here, and it matches the server&apos;s.</source>
        <translation>Stardeck はここに表示されたフィールドから StarkEx ペイロードハッシュを再計算し、サーバーのものと一致しました。</translation>
    </message>
    <message numerus="yes">
        <source>Stardeck recomputed all %n StarkEx payload hashes from the fields shown here, and they match the server&apos;s.</source>
        <translation>
            <numerusform>Stardeck はここに表示されたフィールドから %n 件の StarkEx ペイロードハッシュをすべて再計算し、サーバーのものと一致しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Immutable requires a second confirmation for this action. After you continue, Immutable&apos;s confirmation page opens; nothing is signed before you confirm there too.</source>
        <translation>このアクションには Immutable による 2 回目の確認が必要です。続行すると Immutable の確認ページが開きます。そこでも確認するまで何も署名されません。</translation>
    </message>
</context>
<context>
    <name>stardeck::ui::ExchangeTransferDialog</name>
    <message>
        <source>Send to exchange</source>
        <translation>取引所に送金</translation>
    </message>
    <message>
        <source>Exchange transfer</source>
        <translation>取引所への送金</translation>
    </message>
    <message>
        <source>Exchange id</source>
        <translation>取引所 ID</translation>
    </message>
    <message>
        <source>E&amp;xchange id:</source>
        <translation>取引所 ID(&amp;X):</translation>
    </message>
    <message>
        <source>&amp;Receiver:</source>
        <translation>受取人(&amp;R):</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>トークン</translation>
    </message>
    <message>
        <source>Loading your balances...</source>
        <translation>残高を読み込んでいます...</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>トークン(&amp;T):</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>0.0</source>
        <translation>0.0</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>金額(&amp;A):</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>利用不可</translation>
    </message>
    <message>
        <source>%1 (%2 available)</source>
        <translation>%1 (%2 利用可能)</translation>
    </message>
    <message>
        <source>Sent to the exchange. Transfer %1 is %2.</source>
        <translation>取引所に送金しました。送金 %1 は %2 です。</translation>
    </message>
    <message>
        <source>Open exchanges</source>
        <translation>未完了の取引所注文</translation>
    </message>
    <message>
        <source>Loading your open exchanges...</source>
        <translation>未完了の取引所注文を読み込んでいます...</translation>
    </message>
    <message>
        <source>&amp;Open exchange:</source>
        <translation>未完了の取引所注文(&amp;O):</translation>
    </message>
    <message>
        <source>#%1: %2 to %3</source>
        <extracomment>an open off-ramp exchange: %1 its id, %2 the amount and currency to send, %3 the provider</extracomment>
        <translation>#%1: %2 を %3 へ</translation>
    </message>
    <message>
        <source>No open exchanges</source>
        <translation>未完了の取引所注文はありません</translation>
    </message>
    <message>
        <source>Choose an exchange...</source>
        <translation>取引所注文を選択...</translation>
    </message>
    <message>
        <source>Exchange %1 is paid to %2, not to this receiver.</source>
        <translation>取引所注文 %1 の支払先は %2 です。この受取人ではありません。</translation>
    </message>
    <message>
        <source>Exchange %1 is not one of your open exchanges: check the id.</source>
        <translation>取引所注文 %1 はあなたの未完了の注文ではありません。ID を確認してください。</translation>
    </message>
</context>
<context>
    <name>stardeck::ui::GuardianConfirmationDialog</name>
    <message>
        <source>Confirm this transaction</source>
        <translation>このトランザクションを確認</translation>
    </message>
    <message>
        <source>Immutable Passport transaction confirmation</source>
        <translation>Immutable Passport のトランザクション確認</translation>
    </message>
    <message>
        <source>Immutable Passport confirmation page</source>
        <translation>Immutable Passport の確認ページ</translation>
    </message>
    <message>
        <source>Immutable Passport asks you to confirm this transaction on its own page. Nothing is signed until you confirm there.</source>
        <translation>Immutable Passport の専用ページでこのトランザクションを確認するよう求められています。そこで確認するまで何も署名されません。</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Page from: %1</source>
        <translation>ページの提供元: %1</translation>
    </message>
    <message>
        <source>Origin of the confirmation page</source>
        <translation>確認ページの提供元</translation>
    </message>
    <message>
        <source>Loading the confirmation page…</source>
        <translation>確認ページを読み込んでいます…</translation>
    </message>
    <message>
        <source>Confirmation status</source>
        <translation>確認の状態</translation>
    </message>
    <message>
        <source>Cancel the transaction</source>
        <translation>トランザクションをキャンセル</translation>
    </message>
    <message>
        <source>The confirmation page stopped working. Cancel and try again.</source>
        <translation>確認ページが動作しなくなりました。キャンセルしてもう一度お試しください。</translation>
    </message>
    <message>
        <source>Review the transaction and confirm or reject it on the page.</source>
        <translation>ページでトランザクションを確認し、承認または拒否してください。</translation>
    </message>
    <message>
        <source>The confirmation page reported a problem.</source>
        <translation>確認ページが問題を報告しました。</translation>
    </message>
    <message>
        <source>The confirmation page is not on the Immutable Passport service and was not opened.</source>
        <translation>確認ページが Immutable Passport のサービス上にないため、開きませんでした。</translation>
    </message>
    <message>
        <source>The confirmation page is not on the Passport service</source>
        <translation>確認ページが Passport のサービス上にありません</translation>
    </message>
    <message>
        <source>Transaction rejected by user</source>
        <translation>ユーザーがトランザクションを拒否しました</translation>
    </message>
    <message>
        <source>Error during transaction confirmation</source>
        <translation>トランザクションの確認中にエラーが発生しました</translation>
    </message>
    <message>
        <source>Unsupported message type</source>
        <translation>サポートされていないメッセージの種類</translation>
    </message>
    <message>
        <source>Confirmed.</source>
        <translation>確認しました。</translation>
    </message>
    <message>
        <source>The confirmation window was closed</source>
        <translation>確認ウィンドウが閉じられました</translation>
    </message>
</context>
<context>
    <name>stardeck::ui::GuardianWebPage</name>
    <message>
        <source>The server&apos;s certificate is not valid: %1</source>
        <translation>サーバーの証明書が無効です: %1</translation>
    </message>
    <message>
        <source>This page is not part of Immutable Passport and was not opened.</source>
        <translation>このページは Immutable Passport の一部ではないため、開きませんでした。</translation>
    </message>
    <message>
        <source>The confirmation page tried to open a new window.</source>
        <translation>確認ページが新しいウィンドウを開こうとしました。</translation>
    </message>
</context>
<context>
    <name>stardeck::ui::LoginDialog</name>
    <message>
        <source>Log in with Immutable Passport</source>
        <translation>Immutable Passport でログイン</translation>
    </message>
    <message>
        <source>Immutable Passport login page</source>
        <translation>Immutable Passport のログインページ</translation>
    </message>
    <message>
        <source>Login status</source>
        <translation>ログインの状態</translation>
    </message>
    <message>
        <source>Log in with your browser</source>
        <translation>ブラウザーでログイン</translation>
    </message>
    <message>
        <source>Log in with your browser instead</source>
        <translation>代わりにブラウザーでログイン</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>This sign-in provider does not allow embedded windows. Continue in your browser.</source>
        <translation>このサインインプロバイダーは埋め込みウィンドウを許可していません。ブラウザーで続行してください。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込んでいます…</translation>
    </message>
    <message>
        <source>The login page could not be loaded. Check the connection and try again.</source>
        <translation>ログインページを読み込めませんでした。接続を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Checking the login…</source>
        <translation>ログインを確認しています…</translation>
    </message>
    <message>
        <source>Logged in.</source>
        <translation>ログインしました。</translation>
    </message>
    <message>
        <source>Login failed: %1</source>
        <translation>ログインに失敗しました: %1</translation>
    </message>
</context>
<context>
    <name>stardeck::ui::LoginPage</name>
    <message>
        <source>Log in</source>
        <translation>ログイン</translation>
    </message>
    <message>
        <source>Log in to your Immutable Passport account</source>
        <translation>Immutable Passport アカウントにログイン</translation>
    </message>
    <message>
        <source>Stardeck logo</source>
        <translation>Stardeck ロゴ</translation>
    </message>
    <message>
        <source>Welcome to Stardeck</source>
        <translation>Stardeck へようこそ</translation>
    </message>
    <message>
        <source>Your Immutable X wallet. Log in with your Immutable Passport account; Stardeck never sees your password.</source>
        <translation>あなたの Immutable X ウォレットです。Immutable Passport アカウントでログインしてください。Stardeck がパスワードを見ることはありません。</translation>
    </message>
    <message>
        <source>Log in with Immutable Passport</source>
        <translation>Immutable Passport でログイン</translation>
    </message>
    <message>
        <source>Log in with your browser</source>
        <translation>ブラウザーでログイン</translation>
    </message>
    <message>
        <source>Opens the login page in your web browser, e.g. to use Google or a password manager</source>
        <translation>Web ブラウザーでログインページを開きます (Google やパスワードマネージャーを使う場合など)</translation>
    </message>
</context>
<context>
    <name>stardeck::ui::LoginWebPage</name>
    <message>
        <source>The server&apos;s certificate is not valid: %1</source>
        <translation>サーバーの証明書が無効です: %1</translation>
    </message>
    <message>
        <source>A frame tried to complete the login.</source>
        <translation>フレームがログインを完了しようとしました。</translation>
    </message>
    <message>
        <source>This page is not part of the Immutable login and was not opened.</source>
        <translation>このページは Immutable のログインの一部ではないため、開きませんでした。</translation>
    </message>
    <message>
        <source>The login page tried to open a new window.</source>
        <translation>ログインページが新しいウィンドウを開こうとしました。</translation>
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
        <translation>セクション</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>資産</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>アクティビティ</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>ログアウト(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>概要(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Assets</source>
        <translation>資産(&amp;A)</translation>
    </message>
    <message>
        <source>A&amp;ctivity</source>
        <translation>アクティビティ(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Stardeck</source>
        <translation>Stardeck について(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>Account address</source>
        <translation>アカウントのアドレス</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy the account address</source>
        <translation>アカウントのアドレスをコピー</translation>
    </message>
    <message>
        <source>Address copied</source>
        <translation>アドレスをコピーしました</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>環境</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>マーケット</translation>
    </message>
    <message>
        <source>&amp;Market</source>
        <translation>マーケット(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Wallet</source>
        <translation>ウォレット(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>送信(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Buy from the market…</source>
        <translation>マーケットで購入(&amp;B)…</translation>
    </message>
    <message>
        <source>Send to an &amp;exchange…</source>
        <translation>取引所に送金(&amp;E)…</translation>
    </message>
    <message>
        <source>Clock warning</source>
        <translation>時計の警告</translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minute(s) ahead of the server&apos;s. Signatures, expiry dates and login checks depend on it: correct the clock in your system settings.</source>
        <translation>
            <numerusform>このコンピューターの時計はサーバーより %n 分進んでいます。署名、有効期限、ログインの確認は時計に依存します。システム設定で時計を修正してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minute(s) behind the server&apos;s. Signatures, expiry dates and login checks depend on it: correct the clock in your system settings.</source>
        <translation>
            <numerusform>このコンピューターの時計はサーバーより %n 分遅れています。署名、有効期限、ログインの確認は時計に依存します。システム設定で時計を修正してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n hour(s) ahead of the server&apos;s. Signatures, expiry dates and login checks depend on it: correct the clock in your system settings.</source>
        <translation>
            <numerusform>このコンピューターの時計はサーバーより %n 時間進んでいます。署名、有効期限、ログインの確認は時計に依存します。システム設定で時計を修正してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n hour(s) behind the server&apos;s. Signatures, expiry dates and login checks depend on it: correct the clock in your system settings.</source>
        <translation>
            <numerusform>このコンピューターの時計はサーバーより %n 時間遅れています。署名、有効期限、ログインの確認は時計に依存します。システム設定で時計を修正してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n day(s) ahead of the server&apos;s. Signatures, expiry dates and login checks depend on it: correct the clock in your system settings.</source>
        <translation>
            <numerusform>このコンピューターの時計はサーバーより %n 日進んでいます。署名、有効期限、ログインの確認は時計に依存します。システム設定で時計を修正してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n day(s) behind the server&apos;s. Signatures, expiry dates and login checks depend on it: correct the clock in your system settings.</source>
        <translation>
            <numerusform>このコンピューターの時計はサーバーより %n 日遅れています。署名、有効期限、ログインの確認は時計に依存します。システム設定で時計を修正してください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stardeck::ui::MarketModel</name>
    <message>
        <source>Could not load token details. %1</source>
        <translation>トークンの詳細を読み込めませんでした。%1</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <extracomment>a listed NFT: %1 is the collection&apos;s name, %2 the token id</extracomment>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>unknown token</source>
        <translation>不明なトークン</translation>
    </message>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Collection %1, token %2</source>
        <translation>コレクション %1、トークン %2</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>アイテム</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>価格</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>出品者</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>注文</translation>
    </message>
</context>
<context>
    <name>stardeck::ui::MarketPage</name>
    <message>
        <source>Market</source>
        <translation>マーケット</translation>
    </message>
    <message>
        <source>Listings</source>
        <translation>出品</translation>
    </message>
    <message>
        <source>NFTs other people are selling. Buying opens the order as the server has it, and nothing is signed before you confirm.</source>
        <translation>他の人が販売している NFT です。購入するとサーバー上の注文がそのまま開き、確認するまで何も署名されません。</translation>
    </message>
    <message>
        <source>Search listings</source>
        <translation>出品を検索</translation>
    </message>
    <message>
        <source>Search by collection or token id</source>
        <translation>コレクションまたはトークン ID で検索</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>Refresh listings</source>
        <translation>出品を更新</translation>
    </message>
    <message>
        <source>&amp;Buy…</source>
        <translation>購入(&amp;B)…</translation>
    </message>
    <message>
        <source>Buy the selected listing</source>
        <translation>選択した出品を購入</translation>
    </message>
    <message>
        <source>No listings</source>
        <translation>出品はありません</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n listing(s)</source>
        <translation>
            <numerusform>最新の %n 件の出品</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n listing(s)</source>
        <translation>
            <numerusform>%n 件の出品</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stardeck::ui::OrderActionDialog</name>
    <message>
        <source>Order:</source>
        <translation>注文:</translation>
    </message>
    <message>
        <source>Order %1 could not be loaded: %2</source>
        <translation>注文 %1 を読み込めませんでした: %2</translation>
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
        <translation>出品者:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>ステータス:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>有効期限:</translation>
    </message>
</context>
<context>
    <name>stardeck::ui::OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Balances</source>
        <translation>残高</translation>
    </message>
    <message>
        <source>&amp;Hide balances</source>
        <translation>残高を隠す(&amp;H)</translation>
    </message>
    <message>
        <source>Hide balances</source>
        <translation>残高を隠す</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>Refresh balances</source>
        <translation>残高を更新</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>送信(&amp;S)…</translation>
    </message>
    <message>
        <source>Send ETH or a token</source>
        <translation>ETH またはトークンを送信</translation>
    </message>
</context>
<context>
    <name>stardeck::ui::RefreshStatus</name>
    <message>
        <source>Updating…</source>
        <translation>更新しています…</translation>
    </message>
    <message>
        <source>%1 (last updated %2)</source>
        <extracomment>%1 is &quot;Updating…&quot;, %2 the time the data shown was loaded</extracomment>
        <translation>%1 (最終更新 %2)</translation>
    </message>
    <message>
        <source>Out of date: showing data from %1. %2</source>
        <extracomment>A refresh failed and the page still shows older data. %1 is the time that data was loaded, %2 the error (a sentence, e.g. &quot;Could not load balances. …&quot;).</extracomment>
        <translation>古い情報です: %1 時点のデータを表示しています。%2</translation>
    </message>
    <message>
        <source>Could not update: %1</source>
        <translation>更新できませんでした: %1</translation>
    </message>
    <message>
        <source>Last updated %1</source>
        <translation>最終更新 %1</translation>
    </message>
    <message>
        <source>The data shown is out of date.</source>
        <translation>表示中のデータは古くなっています。</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>再試行(&amp;R)</translation>
    </message>
</context>
<context>
    <name>stardeck::ui::RegisterPage</name>
    <message>
        <source>Register with Immutable X</source>
        <translation>Immutable X に登録</translation>
    </message>
    <message>
        <source>One more step: register with Immutable X</source>
        <translation>あと一歩: Immutable X に登録してください</translation>
    </message>
    <message>
        <source>Your Passport account has no Immutable X wallet yet. Registering links a Stark key, derived from your Passport signer, to your account. It is free and needs no transaction fee.</source>
        <translation>お使いの Passport アカウントにはまだ Immutable X ウォレットがありません。登録すると、Passport の署名者から導出された Stark キーがアカウントに紐付けられます。無料で、取引手数料もかかりません。</translation>
    </message>
    <message>
        <source>Registration progress</source>
        <translation>登録の進行状況</translation>
    </message>
    <message>
        <source>Logged in as %1</source>
        <translation>%1 としてログイン中</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>再試行</translation>
    </message>
</context>
<context>
    <name>stardeck::ui::SellDialog</name>
    <message>
        <source>List for sale</source>
        <translation>出品する</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>売却</translation>
    </message>
    <message>
        <source>#%1 of %2</source>
        <translation>#%1 / %2</translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation>%1 (#%2)</translation>
    </message>
    <message>
        <source>NFT to sell</source>
        <translation>売却する NFT</translation>
    </message>
    <message>
        <source>NFT:</source>
        <translation>NFT:</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>価格</translation>
    </message>
    <message>
        <source>0.0</source>
        <translation>0.0</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>通貨</translation>
    </message>
    <message>
        <source>Loading...</source>
        <translation>読み込んでいます...</translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation>価格(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Ends on</source>
        <translation>終了日時(&amp;E)</translation>
    </message>
    <message>
        <source>The listing ends at a set time</source>
        <translation>出品は指定の日時に終了します</translation>
    </message>
    <message>
        <source>End of the listing</source>
        <translation>出品の終了日時</translation>
    </message>
    <message>
        <source>Expiry:</source>
        <translation>有効期限:</translation>
    </message>
    <message>
        <source>None: no marketplace fees are added.</source>
        <translation>なし: マーケットプレイス手数料は加算されません。</translation>
    </message>
    <message>
        <source>Fees:</source>
        <translation>手数料:</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>利用不可</translation>
    </message>
    <message>
        <source>The end of the listing must be in the future.</source>
        <translation>出品の終了日時は未来にする必要があります。</translation>
    </message>
    <message>
        <source>Listed. Order %1 is %2.</source>
        <translation>出品しました。注文 %1 は %2 です。</translation>
    </message>
    <message>
        <source>active</source>
        <translation>有効</translation>
    </message>
    <message numerus="yes">
        <source>The listing can end at most %n day(s) from now.</source>
        <translation>
            <numerusform>出品の終了日時は、今から最長 %n 日後までです。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stardeck::ui::SendDialog</name>
    <message>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message numerus="yes">
        <source>Send %n NFT(s)</source>
        <translation>
            <numerusform>NFT を %n 件送信</numerusform>
        </translation>
    </message>
    <message>
        <source>Token</source>
        <translation>トークン</translation>
    </message>
    <message>
        <source>Loading your balances...</source>
        <translation>残高を読み込んでいます...</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>トークン(&amp;T):</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>0.0</source>
        <translation>0.0</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>金額(&amp;A):</translation>
    </message>
    <message>
        <source>Available:</source>
        <translation>利用可能:</translation>
    </message>
    <message>
        <source>#%1 of %2</source>
        <translation>#%1 / %2</translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation>%1 (#%2)</translation>
    </message>
    <message>
        <source>NFTs to send</source>
        <translation>送信する NFT</translation>
    </message>
    <message>
        <source>NFTs:</source>
        <translation>NFT:</translation>
    </message>
    <message>
        <source>&amp;Receiver:</source>
        <translation>受取人(&amp;R):</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>利用不可</translation>
    </message>
    <message>
        <source>%1 (%2 available)</source>
        <translation>%1 (%2 利用可能)</translation>
    </message>
    <message>
        <source>You hold no ETH or ERC20 tokens to send.</source>
        <translation>送信できる ETH や ERC-20 トークンを保有していません。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n NFT(s).</source>
        <translation>
            <numerusform>NFT を %n 件送信しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent. Transfer %1 is %2.</source>
        <translation>送信しました。送金 %1 は %2 です。</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>承認済み</translation>
    </message>
    <message>
        <source>Warning: this address only looks like %1 (same first and last characters). Check every character: look-alike addresses are used to steal funds.</source>
        <translation>警告: このアドレスは %1 に似ているだけです (先頭と末尾の文字が同じ)。すべての文字を確認してください。似たアドレスは資金を盗むために使われます。</translation>
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
        <translation>設定</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>環境</translation>
    </message>
    <message>
        <source>Built-in demo sandbox</source>
        <translation>内蔵デモサンドボックス</translation>
    </message>
    <message>
        <source>Local sandbox (stardeck-sandbox)</source>
        <translation>ローカルサンドボックス (stardeck-sandbox)</translation>
    </message>
    <message>
        <source>Immutable X testnet (sandbox)</source>
        <translation>Immutable X テストネット (sandbox)</translation>
    </message>
    <message>
        <source>Immutable X mainnet (production)</source>
        <translation>Immutable X メインネット (production)</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>環境(&amp;E):</translation>
    </message>
    <message>
        <source>Local sandbox URL</source>
        <translation>ローカルサンドボックスの URL</translation>
    </message>
    <message>
        <source>Local sandbox &amp;URL:</source>
        <translation>ローカルサンドボックスの URL(&amp;U):</translation>
    </message>
    <message>
        <source>Passport client ID</source>
        <translation>Passport クライアント ID</translation>
    </message>
    <message>
        <source>default</source>
        <translation>既定</translation>
    </message>
    <message>
        <source>Passport &amp;client ID:</source>
        <translation>Passport クライアント ID(&amp;C):</translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation>リダイレクト URI</translation>
    </message>
    <message>
        <source>&amp;Redirect URI:</source>
        <translation>リダイレクト URI(&amp;R):</translation>
    </message>
    <message>
        <source>Network changes take effect the next time Stardeck starts.</source>
        <translation>ネットワークの変更は、次回 Stardeck を起動したときに反映されます。</translation>
    </message>
    <message>
        <source>Privacy and appearance</source>
        <translation>プライバシーと外観</translation>
    </message>
    <message>
        <source>Load images from third-party servers</source>
        <translation>サードパーティのサーバーから画像を読み込む</translation>
    </message>
    <message>
        <source>NFT images are often hosted by their creators. Loading them tells those servers your IP address. When off, only images from Immutable&apos;s own servers are shown.</source>
        <translation>NFT の画像は作成者がホストしていることがよくあります。画像を読み込むと、それらのサーバーにあなたの IP アドレスが知られます。オフにすると、Immutable 自身のサーバーの画像のみ表示されます。</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>システムに従う</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>テーマ(&amp;T):</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>セキュリティ</translation>
    </message>
    <message>
        <source>Not opened yet</source>
        <translation>まだ開いていません</translation>
    </message>
    <message>
        <source>Session and keys stored in:</source>
        <translation>セッションとキーの保存先:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>設定を保存</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
</context>
<context>
    <name>stardeck::ui::TokenLoad</name>
    <message>
        <source>The token list could not be loaded: %1</source>
        <translation>トークン一覧を読み込めませんでした: %1</translation>
    </message>
</context>
</TS>
