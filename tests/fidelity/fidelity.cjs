// SPDX-License-Identifier: MIT
//
// Fidelity test: Immutable's official TypeScript client, unchanged, against stardeck-sandbox.
//
//   node -r scripts/nonet.cjs tests/fidelity/fidelity.cjs [--modules DIR] <path to stardeck-sandbox>
//
// DIR holds the node_modules installed from tests/fidelity/package-lock.json (default: the
// current directory). The script starts its own sandbox on 127.0.0.1:0 (demo seed), points
// @imtbl/x-client's IMXClient at <url>/imx and runs, with the SDK's own signers (an ethers Wallet
// as the L1 signer, x-client's legacy stark key and StarkSigner): every read a wallet uses, then
// registration, ETH/ERC20/ERC721 transfers, a batch NFT transfer, an order and its cancel, trades
// (on its own listing and on a seeded one) and an exchange transfer. The L1-wallet workflows come
// from @imtbl/x-provider 2.14.0 (GenericIMXProvider), which drives x-client's generated APIs: in
// 2.14.0 IMXClient itself only carries the reads and exchangeTransfer. New wallets are funded
// through the sandbox's test-only /__sandbox/fund and /__sandbox/mint. Every IMX response the
// SDK receives is also checked against tests/data/imx-openapi.json, and at the end the world's
// ETH must equal what it held at the start plus the funding (nothing created, lost or doubled).
//
// One line per check ("ok   ..." or "FAIL ..."), then "N passed, M failed" alone on a line.
// Exit status: 0 when everything passed, 1 on a failed check, 2 on a usage or set-up error.
//
// It must run with the network guard preloaded (importing the SDK starts Immutable's telemetry):
// it refuses to start otherwise, and contacts nothing but 127.0.0.1.
'use strict';

const fs = require('fs');
const path = require('path');
const readline = require('readline');
const { spawn } = require('child_process');
const { createRequire } = require('module');

const USAGE = 'usage: node -r scripts/nonet.cjs tests/fidelity/fidelity.cjs [--modules DIR] <stardeck-sandbox>';
const ETHER = 10n ** 18n;
const SPEC = path.join(__dirname, '..', 'data', 'imx-openapi.json');

// ---- checks -------------------------------------------------------------------------------------

let passed = 0;
let failed = 0;

function show(value) {
    return typeof value === 'bigint' ? `${value}` : JSON.stringify(value);
}

function check(name, ok, detail) {
    if (ok) {
        ++passed;
        console.log(`ok   ${name}`);
    } else {
        ++failed;
        console.log(`FAIL ${name}${detail ? `: ${detail}` : ''}`);
    }
    return Boolean(ok);
}

function equal(name, actual, expected) {
    return check(name, actual === expected, `got ${show(actual)}, expected ${show(expected)}`);
}

// What went wrong, from an IMXError (x-client), an axios error (x-provider) or anything else.
function describe(error) {
    if (error && error.response)
        return `HTTP ${error.response.status} ${JSON.stringify(error.response.data)}`;
    if (error && error.code && error.message)
        return `${error.code}: ${error.message}`;
    return String(error && error.stack ? error.stack.split('\n').slice(0, 3).join(' | ') : error);
}

// Runs one SDK call; a throw is a failed check named `name`. Returns undefined on failure.
async function attempt(name, call) {
    try {
        return await call();
    } catch (error) {
        check(name, false, describe(error));
        return undefined;
    }
}

// The IMX error code of a rejected call (IMXError.code or the axios response body's code).
async function rejection(call) {
    try {
        await call();
        return { code: '(no error)' };
    } catch (error) {
        if (error && error.response)
            return { status: error.response.status, code: error.response.data && error.response.data.code };
        return { code: error && error.code, message: error && error.message };
    }
}

const lower = (text) => String(text).toLowerCase();

// ---- responses against imx-openapi.json ----------------------------------------------------------

// Validates every IMX API response the SDK receives against the Swagger 2.0 spec in tests/data
// (the same rules as tests/sandbox/ImxSchema.h: $ref, allOf, required, JSON types, x-nullable,
// array items, and no properties the schema does not declare). Problems are collected per
// operation and reported as one check each at the end.
class SpecChecker {
    constructor(spec, base) {
        this.spec = spec;
        this.base = base;
        this.seen = new Map(); // "GET /v1/assets" -> problems
        this.routes = Object.keys(spec.paths).map((template) => ({
            template,
            regex: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`),
            literals: template.split('/').filter((s) => s && !s.startsWith('{')).length,
        }));
    }

    resolve(schema) {
        while (schema && schema.$ref)
            schema = this.spec.definitions[schema.$ref.split('/').pop()];
        return schema || {};
    }

    properties(raw, out) {
        const schema = this.resolve(raw);
        let declared = false;
        if (schema.properties) {
            declared = true;
            Object.assign(out, schema.properties);
        }
        for (const part of schema.allOf || [])
            declared = this.properties(part, out) || declared;
        return declared;
    }

    validate(value, raw, where, errors) {
        const schema = this.resolve(raw);
        if (value === null && (raw['x-nullable'] || raw.nullable || schema['x-nullable']))
            return;
        for (const part of schema.allOf || [])
            this.validate(value, part, where, errors);
        const type = schema.type;
        if (type === 'string' && typeof value !== 'string')
            errors.push(`${where}: expected string`);
        else if (type === 'integer' && !Number.isInteger(value))
            errors.push(`${where}: expected integer`);
        else if (type === 'number' && typeof value !== 'number')
            errors.push(`${where}: expected number`);
        else if (type === 'boolean' && typeof value !== 'boolean')
            errors.push(`${where}: expected boolean`);
        else if (type === 'array') {
            if (!Array.isArray(value))
                errors.push(`${where}: expected array`);
            else
                value.forEach((item, i) => this.validate(item, schema.items || {}, `${where}[${i}]`, errors));
        } else if (type === 'object' || schema.properties) {
            if (value === null || typeof value !== 'object' || Array.isArray(value)) {
                errors.push(`${where}: expected object`);
                return;
            }
            for (const name of schema.required || []) {
                if (!(name in value))
                    errors.push(`${where}: missing required '${name}'`);
            }
            const declared = {};
            const strict = this.properties(schema, declared);
            for (const [key, item] of Object.entries(value)) {
                if (key in declared)
                    this.validate(item, declared[key], `${where}.${key}`, errors);
                else if (strict)
                    errors.push(`${where}.${key}: not in the schema`);
            }
        }
    }

    // One response as axios saw it.
    record(response) {
        if (!response || !response.config || !String(response.config.url).startsWith(this.base))
            return;
        const method = String(response.config.method).toLowerCase();
        const path = new URL(response.config.url).pathname.slice(new URL(this.base).pathname.length);
        const route = this.routes.filter((r) => r.regex.test(path) && this.spec.paths[r.template][method])
            .sort((a, b) => b.literals - a.literals)[0];
        const key = `${method.toUpperCase()} ${route ? route.template : path}`;
        const problems = this.seen.get(key) || [];
        this.seen.set(key, problems);
        if (!route) {
            problems.push('no such operation in the spec');
            return;
        }
        const responses = this.spec.paths[route.template][method].responses || {};
        let declared = responses[String(response.status)] || responses.default;
        // The signable calls declare only 200, yet a refused one (e.g. insufficient balance) must
        // answer something: the IMX error body every other write declares for its 4xx.
        if (!declared && response.status >= 400 && response.status < 500)
            declared = { schema: { $ref: '#/definitions/APIError' } };
        if (!declared) {
            problems.push(`status ${response.status} is not declared`);
            return;
        }
        if (declared.schema) {
            const errors = [];
            this.validate(response.data, declared.schema, `$ (${response.status})`, errors);
            problems.push(...errors);
        }
    }

    report() {
        for (const [key, problems] of [...this.seen.entries()].sort()) {
            const unique = [...new Set(problems)];
            check(`${key} responses match imx-openapi.json`, unique.length === 0, unique.slice(0, 5).join('; '));
        }
    }
}

// ---- the sandbox --------------------------------------------------------------------------------

function startSandbox(executable) {
    const child = spawn(executable, ['--listen', '127.0.0.1:0', '--seed', 'demo', '--nfts', '600'],
        { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => { stderr += chunk; });
    return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
            child.kill('SIGKILL');
            reject(new Error('stardeck-sandbox printed no listening line within 60 s'));
        }, 60000);
        child.once('error', (error) => { clearTimeout(timer); reject(error); });
        child.once('exit', (code, signal) => {
            clearTimeout(timer);
            reject(new Error(`stardeck-sandbox exited (${code ?? signal}) before listening: ${stderr}`));
        });
        // Later lines are read and dropped, so the pipe never fills.
        readline.createInterface({ input: child.stdout }).once('line', (line) => {
            clearTimeout(timer);
            const match = /^stardeck-sandbox listening on (http:\/\/127\.0\.0\.1:\d+)\/?$/.exec(line.trim());
            if (!match) {
                child.kill('SIGKILL');
                reject(new Error(`unexpected first line from stardeck-sandbox: ${line}`));
                return;
            }
            resolve({ child, url: match[1], stderr: () => stderr });
        });
    });
}

function stopSandbox(sandbox) {
    return new Promise((resolve) => {
        if (sandbox.child.exitCode !== null || sandbox.child.signalCode !== null) {
            resolve();
            return;
        }
        const timer = setTimeout(() => sandbox.child.kill('SIGKILL'), 10000);
        sandbox.child.removeAllListeners('exit');
        sandbox.child.once('exit', () => { clearTimeout(timer); resolve(); });
        sandbox.child.kill('SIGTERM');
    });
}

// ---- the flows ----------------------------------------------------------------------------------

async function run(sdk, url, spec) {
    const { xc, xp, ethers, axios } = sdk;
    // Every response the generated clients receive goes through axios' default instance.
    const checker = new SpecChecker(spec, `${url}/imx`);
    axios.interceptors.response.use((response) => {
        checker.record(response);
        return response;
    }, (error) => {
        checker.record(error && error.response);
        return Promise.reject(error);
    });
    let funded = 0n; // ETH added through /__sandbox/fund
    const admin = async (route, body) => {
        const response = await fetch(`${url}/__sandbox/${route}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(body),
        });
        const json = await response.json();
        if (!response.ok)
            throw new Error(`/__sandbox/${route} answered ${response.status} ${JSON.stringify(json)}`);
        if (route === 'fund' && body.token_address === '')
            funded += BigInt(body.amount);
        return json;
    };
    // All the ETH in the world (the admin state): moves conserve it, funding adds to it.
    const totalEth = async () => {
        const state = await (await fetch(`${url}/__sandbox/state`)).json();
        return state.balances.filter((b) => b.token_address === '').reduce((sum, b) => sum + BigInt(b.balance), 0n);
    };
    const ethAtStart = await totalEth();

    // The SDK, configured the way x-client documents a custom environment: production's chain and
    // contracts (never contacted: nothing here touches L1), the sandbox as the API base path.
    const baseConfig = new xc.ImmutableConfiguration({ environment: xc.Environment.PRODUCTION });
    const eth = xc.production({ baseConfig }).ethConfiguration;
    const immutableXConfig = xc.createImmutableXConfiguration({
        basePath: `${url}/imx`,
        chainID: eth.chainID,
        coreContractAddress: eth.coreContractAddress,
        registrationContractAddress: eth.registrationContractAddress,
        registrationV4ContractAddress: eth.registrationV4ContractAddress,
        baseConfig,
    });
    const client = new xc.IMXClient({ baseConfig, overrides: { immutableXConfig } });
    const providerConfig = new xp.ProviderConfiguration({ baseConfig, overrides: { immutableXConfig } });

    // The workflows check the signer's chain id through its provider: a provider with a static
    // network answers that without a request (its URL, never used, is the sandbox's own port).
    const l1 = new ethers.JsonRpcProvider(`${url}/no-l1-rpc`, eth.chainID, { staticNetwork: true });
    async function wallet(label) {
        const ethSigner = new ethers.Wallet(ethers.id(`stardeck fidelity wallet ${label}`), l1);
        const starkSigner = xc.createStarkSigner(await xc.generateLegacyStarkPrivateKey(ethSigner));
        const provider = new xp.GenericIMXProvider(providerConfig, ethSigner, starkSigner);
        return { label, ethSigner, starkSigner, provider, address: lower(await ethSigner.getAddress()) };
    }
    const alice = await wallet('A');
    const bob = await wallet('B');

    const balanceOf = async (owner, tokenAddress) =>
        BigInt((await client.getBalance({ owner, address: tokenAddress || 'eth' })).balance);
    const ownerOf = async (tokenAddress, tokenId) =>
        lower((await client.getAsset({ tokenAddress, tokenId })).user);

    // ---- reads over the seeded world ----
    const tokens = await attempt('listTokens', () => client.listTokens());
    const symbols = tokens ? tokens.result.map((t) => t.symbol) : [];
    check('listTokens has ETH, USDS and DUST', ['ETH', 'USDS', 'DUST'].every((s) => symbols.includes(s)),
        `symbols ${show(symbols)}`);
    const usds = tokens && tokens.result.find((t) => t.symbol === 'USDS');
    if (usds) {
        const token = await attempt('getToken', () => client.getToken({ address: usds.token_address }));
        if (token) {
            equal('getToken symbol', token.symbol, 'USDS');
            equal('getToken decimals', token.decimals, '6');
            equal('getToken quantum', token.quantum, '1');
        }
    }

    const page1 = await attempt('listCollections page 1',
        () => client.listCollections({ pageSize: 2, orderBy: 'name', direction: 'asc' }));
    let collection;
    if (page1) {
        equal('listCollections page size', page1.result.length, 2);
        equal('listCollections remaining', page1.remaining, 1);
        const page2 = await attempt('listCollections page 2', () =>
            client.listCollections({ pageSize: 2, orderBy: 'name', direction: 'asc', cursor: page1.cursor }));
        if (page2) {
            const names = [...page1.result, ...page2.result].map((c) => c.name);
            check('listCollections pages continue in name order',
                names.every((n, i) => i === 0 || names[i - 1].localeCompare(n) <= 0) &&
                    new Set(names).size === names.length, show(names));
        }
        collection = page1.result[0];
    }
    if (!collection)
        throw new Error('no collection to continue with');
    const got = await attempt('getCollection', () => client.getCollection({ address: collection.address }));
    if (got)
        equal('getCollection name', got.name, collection.name);
    const schema = await attempt('getMetadataSchema', () => client.getMetadataSchema({ address: collection.address }));
    if (schema)
        check('getMetadataSchema lists typed properties', schema.length > 0 && schema.every((p) => p.name && p.type),
            show(schema));

    const assets = await attempt('listAssets by collection', () =>
        client.listAssets({ collection: collection.address, pageSize: 20, orderBy: 'name', direction: 'asc' }));
    let sample;
    if (assets) {
        check('listAssets collection filter', assets.result.length > 0 &&
            assets.result.every((a) => lower(a.token_address) === lower(collection.address)));
        const names = assets.result.map((a) => a.name);
        check('listAssets name order', names.every((n, i) => i === 0 || names[i - 1].localeCompare(n) <= 0),
            show(names));
        sample = assets.result[0];
        const next = await attempt('listAssets next page', () => client.listAssets({
            collection: collection.address, pageSize: 20, orderBy: 'name', direction: 'asc', cursor: assets.cursor,
        }));
        if (next) {
            const first = new Set(assets.result.map((a) => a.token_id));
            check('listAssets pages do not overlap', next.result.every((a) => !first.has(a.token_id)));
        }
    }
    if (sample) {
        const owned = await attempt('listAssets by user and status', () =>
            client.listAssets({ user: sample.user, status: 'imx', pageSize: 50 }));
        if (owned)
            check('listAssets user filter', owned.result.length > 0 &&
                owned.result.every((a) => lower(a.user) === lower(sample.user) && a.status === 'imx'));
        const property = (schema || []).find((p) => p.filterable && p.type === 'enum' &&
            sample.metadata && sample.metadata[p.name] !== undefined);
        if (property) {
            const value = sample.metadata[property.name];
            const filtered = await attempt('listAssets metadata filter', () => client.listAssets({
                collection: collection.address, metadata: JSON.stringify({ [property.name]: [value] }), pageSize: 50,
            }));
            if (filtered)
                check(`listAssets metadata filter ${property.name}=${value}`, filtered.result.length > 0 &&
                    filtered.result.every((a) => a.metadata && a.metadata[property.name] === value));
        }
        const asset = await attempt('getAsset', () =>
            client.getAsset({ tokenAddress: sample.token_address, tokenId: sample.token_id }));
        if (asset)
            check('getAsset matches the listed asset', asset.token_id === sample.token_id &&
                lower(asset.user) === lower(sample.user) && asset.name === sample.name);
    }

    const listings = await attempt('listOrders active ERC721 for ETH', () => client.listOrders({
        status: 'active', sellTokenType: 'ERC721', buyTokenType: 'ETH', pageSize: 50,
    }));
    let seededListing;
    if (listings) {
        check('listOrders filters', listings.result.length > 0 && listings.result.every((o) =>
            o.status === 'active' && o.sell.type === 'ERC721' && o.buy.type === 'ETH'));
        seededListing = listings.result[0];
        if (seededListing) {
            const order = await attempt('getOrder', () => client.getOrder({ id: String(seededListing.order_id) }));
            if (order)
                check('getOrder matches the listed order', order.order_id === seededListing.order_id &&
                    order.sell.data.token_id === seededListing.sell.data.token_id);
        }
    }
    const trades = await attempt('listTrades', () => client.listTrades({ pageSize: 5 }));
    if (trades && check('listTrades returns seeded trades', trades.result.length > 0)) {
        const trade = await attempt('getTrade', () => client.getTrade({ id: String(trades.result[0].transaction_id) }));
        if (trade)
            equal('getTrade id', trade.transaction_id, trades.result[0].transaction_id);
    }
    const transfers = await attempt('listTransfers', () => client.listTransfers({ pageSize: 5 }));
    if (transfers && check('listTransfers returns seeded transfers', transfers.result.length > 0)) {
        const transfer = await attempt('getTransfer',
            () => client.getTransfer({ id: String(transfers.result[0].transaction_id) }));
        if (transfer)
            equal('getTransfer id', transfer.transaction_id, transfers.result[0].transaction_id);
    }
    const deposits = await attempt('listDeposits', () => client.listDeposits({ pageSize: 5 }));
    if (deposits && check('listDeposits returns seeded deposits', deposits.result.length > 0)) {
        const deposit = await attempt('getDeposit',
            () => client.getDeposit({ id: String(deposits.result[0].transaction_id) }));
        if (deposit)
            equal('getDeposit id', deposit.transaction_id, deposits.result[0].transaction_id);
    }
    const withdrawals = await attempt('listWithdrawals', () => client.listWithdrawals({ pageSize: 5 }));
    if (withdrawals && check('listWithdrawals returns seeded withdrawals', withdrawals.result.length > 0)) {
        const withdrawal = await attempt('getWithdrawal',
            () => client.getWithdrawal({ id: String(withdrawals.result[0].transaction_id) }));
        if (withdrawal)
            equal('getWithdrawal id', withdrawal.transaction_id, withdrawals.result[0].transaction_id);
    }
    const mints = await attempt('listMints', () => client.listMints({ pageSize: 5 }));
    if (mints && check('listMints returns seeded mints', mints.result.length > 0)) {
        const mint = await attempt('getMint', () => client.getMint({ id: String(mints.result[0].transaction_id) }));
        if (mint)
            check('getMint answers the mint', Array.isArray(mint) && mint.length === 1 &&
                mint[0].transaction_id === mints.result[0].transaction_id, show(mint));
    }
    if (sample) {
        const balances = await attempt('listBalances', () => client.listBalances({ owner: sample.user }));
        if (balances && check('listBalances returns balances', balances.result.length > 0)) {
            const first = balances.result[0];
            const one = await attempt('getBalance', () =>
                client.getBalance({ owner: sample.user, address: first.token_address || 'eth' }));
            if (one)
                equal('getBalance equals the listed balance', one.balance, first.balance);
        }
        const user = await attempt('getUser (seeded)', () => client.getUser(sample.user));
        if (user)
            check('getUser returns a stark key', user.accounts.length > 0 && /^0x[0-9a-f]+$/.test(user.accounts[0]),
                show(user));
    }

    // ---- registration ----
    equal('isRegisteredOffchain before registration', await attempt('isRegisteredOffchain (new wallet)',
        () => alice.provider.isRegisteredOffchain()), false);
    const registered = await attempt('registerOffchain A', () => alice.provider.registerOffchain());
    check('registerOffchain answers', registered !== undefined && 'tx_hash' in registered, show(registered));
    equal('isRegisteredOffchain after registration', await attempt('isRegisteredOffchain (registered)',
        () => alice.provider.isRegisteredOffchain()), true);
    const userA = await attempt('getUser A', () => client.getUser(alice.address));
    if (userA)
        equal('getUser A is the stark signer', lower(userA.accounts[0]), lower(await alice.starkSigner.getAddress()));
    check('registerOffchain again is accepted', await attempt('registerOffchain A again',
        () => alice.provider.registerOffchain()) !== undefined);
    await attempt('registerOffchain B', () => bob.provider.registerOffchain());
    equal('B is registered', await attempt('isRegisteredOffchain B', () => bob.provider.isRegisteredOffchain()), true);

    // ---- funding (test-only admin routes) ----
    const collectionAddress = lower(collection.address);
    await admin('fund', { address: alice.address, token_address: '', amount: String(2n * ETHER) });
    await admin('fund', { address: alice.address, token_address: usds.token_address, amount: '1000000000' });
    await admin('fund', { address: bob.address, token_address: '', amount: String(ETHER) });
    const nfts = [];
    for (let i = 0; i < 4; ++i)
        nfts.push((await admin('mint', { address: alice.address, token_address: collectionAddress })).token_id);
    equal('funded ETH balance', await balanceOf(alice.address, ''), 2n * ETHER);
    equal('funded USDS balance', await balanceOf(alice.address, usds.token_address), 1000000000n);
    const listed = await client.listBalances({ owner: alice.address });
    check('listBalances shows both funded tokens', listed.result.length === 2, show(listed.result));
    equal('listDeposits shows the funding', (await client.listDeposits({ user: alice.address })).result.length, 2);
    equal('listMints shows the minted NFTs', (await client.listMints({ user: alice.address })).result.length, 4);
    const minted = await client.listAssets({ user: alice.address, collection: collectionAddress });
    check('listAssets shows the minted NFTs', minted.result.length === 4 &&
        nfts.every((id) => minted.result.some((a) => a.token_id === id)), show(minted.result.map((a) => a.token_id)));

    // ---- transfers ----
    async function fungibleTransfer(name, tokenAddress, amount) {
        const before = [await balanceOf(alice.address, tokenAddress), await balanceOf(bob.address, tokenAddress)];
        const request = tokenAddress ? { type: 'ERC20', tokenAddress, amount: String(amount), receiver: bob.address }
                                     : { type: 'ETH', amount: String(amount), receiver: bob.address };
        const answer = await attempt(`transfer ${name}`, () => alice.provider.transfer(request));
        if (!answer)
            return;
        check(`transfer ${name} answers a transfer id`, Number.isInteger(answer.transfer_id), show(answer));
        equal(`transfer ${name}: sender balance`, await balanceOf(alice.address, tokenAddress), before[0] - amount);
        equal(`transfer ${name}: receiver balance`, await balanceOf(bob.address, tokenAddress), before[1] + amount);
        const record = await attempt(`getTransfer ${name}`, () => client.getTransfer({ id: String(answer.transfer_id) }));
        if (record)
            check(`getTransfer ${name} records it`, lower(record.user) === alice.address &&
                lower(record.receiver) === bob.address && record.token.data.quantity === String(amount) &&
                record.status === 'success', show(record));
    }
    await fungibleTransfer('ETH', '', ETHER / 10n);
    await fungibleTransfer('USDS', usds.token_address, 12500000n);

    const nftTransfer = await attempt('transfer ERC721', () => alice.provider.transfer({
        type: 'ERC721', tokenAddress: collectionAddress, tokenId: nfts[0], receiver: bob.address,
    }));
    if (nftTransfer) {
        equal('transfer ERC721: new owner', await ownerOf(collectionAddress, nfts[0]), bob.address);
        const record = await client.getTransfer({ id: String(nftTransfer.transfer_id) });
        check('getTransfer ERC721 records it', record.token.type === 'ERC721' &&
            record.token.data.token_id === nfts[0] && record.token.data.quantity === '1', show(record));
    }
    const listedTransfers = await client.listTransfers({ user: alice.address });
    equal('listTransfers by sender', listedTransfers.result.length, nftTransfer ? 3 : 2);

    const batch = await attempt('batchNftTransfer', () => alice.provider.batchNftTransfer([
        { receiver: bob.address, tokenAddress: collectionAddress, tokenId: nfts[1] },
        { receiver: bob.address, tokenAddress: collectionAddress, tokenId: nfts[2] },
    ]));
    if (batch) {
        check('batchNftTransfer answers two transfer ids', Array.isArray(batch.transfer_ids) &&
            batch.transfer_ids.length === 2, show(batch));
        equal('batchNftTransfer: first NFT moved', await ownerOf(collectionAddress, nfts[1]), bob.address);
        equal('batchNftTransfer: second NFT moved', await ownerOf(collectionAddress, nfts[2]), bob.address);
    }

    const tooMuch = await rejection(() => alice.provider.transfer({ type: 'ETH', amount: String(100n * ETHER),
        receiver: bob.address }));
    check('transfer above the balance is refused', tooMuch.status === 400 && tooMuch.code === 'insufficient_balance',
        show(tooMuch));

    // ---- orders and cancels ----
    const price = ETHER / 20n;
    const sellNft = { type: 'ERC721', tokenAddress: collectionAddress, tokenId: nfts[3] };
    const order = await attempt('createOrder', () => alice.provider.createOrder({
        sell: sellNft, buy: { type: 'ETH', amount: String(price) }, fees: [],
    }));
    if (order) {
        check('createOrder answers an order id', Number.isInteger(order.order_id), show(order));
        const stored = await client.getOrder({ id: String(order.order_id) });
        check('getOrder: the new listing is active', stored.status === 'active' && lower(stored.user) === alice.address &&
            stored.sell.data.token_id === nfts[3] && stored.buy.data.quantity === String(price), show(stored));
        const mine = await client.listOrders({ user: alice.address, status: 'active' });
        check('listOrders shows the new listing', mine.result.some((o) => o.order_id === order.order_id));
        const withOrders = await attempt('listAssets with sell orders', () =>
            client.listAssets({ user: alice.address, collection: collectionAddress, sellOrders: true }));
        if (withOrders) {
            const listedNft = withOrders.result.find((a) => a.token_id === nfts[3]);
            check('listAssets sell_orders shows the listing', listedNft && listedNft.orders &&
                (listedNft.orders.sell_orders || []).some((o) => o.order_id === order.order_id),
                show(listedNft && listedNft.orders));
        }
        const cancelled = await attempt('cancelOrder', () => alice.provider.cancelOrder({ order_id: order.order_id }));
        if (cancelled)
            equal('cancelOrder answers the order id', cancelled.order_id, order.order_id);
        equal('getOrder: cancelled', (await client.getOrder({ id: String(order.order_id) })).status, 'cancelled');
        const again = await rejection(() => alice.provider.cancelOrder({ order_id: order.order_id }));
        check('cancelling twice is refused', again.status === 400 && again.code === 'order_not_active', show(again));
        equal('cancelOrder leaves the NFT with its owner', await ownerOf(collectionAddress, nfts[3]), alice.address);
    }

    // ---- trades ----
    async function buy(name, listing, buyer) {
        const seller = lower(listing.user);
        const tokenAddress = listing.buy.type === 'ETH' ? '' : listing.buy.data.token_address;
        const amount = BigInt(listing.buy.data.quantity);
        const before = [await balanceOf(seller, tokenAddress), await balanceOf(buyer.address, tokenAddress)];
        const trade = await attempt(`createTrade ${name}`,
            () => buyer.provider.createTrade({ order_id: listing.order_id, user: buyer.address }));
        if (!trade)
            return;
        check(`createTrade ${name} answers a trade id`, Number.isInteger(trade.trade_id), show(trade));
        const record = await attempt(`getTrade ${name}`, () => client.getTrade({ id: String(trade.trade_id) }));
        if (record)
            check(`getTrade ${name} records both sides`, record.b.order_id === listing.order_id &&
                record.b.sold === '1' && record.a.sold === String(amount) && record.status === 'success', show(record));
        equal(`${name}: order filled`, (await client.getOrder({ id: String(listing.order_id) })).status, 'filled');
        equal(`${name}: NFT owner`, await ownerOf(listing.sell.data.token_address, listing.sell.data.token_id),
            buyer.address);
        equal(`${name}: seller paid`, await balanceOf(seller, tokenAddress), before[0] + amount);
        equal(`${name}: buyer charged`, await balanceOf(buyer.address, tokenAddress), before[1] - amount);
        const history = await client.listTrades({ partyBTokenAddress: listing.sell.data.token_address,
            partyBTokenId: listing.sell.data.token_id });
        check(`listTrades ${name} finds the trade`, history.result.some((t) => t.transaction_id === trade.trade_id));
    }
    const relisted = await attempt('createOrder (relist)', () => alice.provider.createOrder({
        sell: sellNft, buy: { type: 'ETH', amount: String(price) }, fees: [],
    }));
    if (relisted)
        await buy('on the new listing', await client.getOrder({ id: String(relisted.order_id) }), bob);
    if (check('a seeded listing to buy', seededListing !== undefined)) {
        const needed = BigInt(seededListing.buy.data.quantity);
        await admin('fund', { address: bob.address, token_address: '', amount: String(needed) });
        await buy('on a seeded listing', seededListing, bob);
        const again = await rejection(() =>
            bob.provider.createTrade({ order_id: seededListing.order_id, user: bob.address }));
        check('a filled order cannot be traded again', again.status === 400 && again.code === 'order_not_active',
            show(again));
    }

    // ---- exchange transfer (x-client's own workflow) ----
    const exchange = await attempt('createExchange', () => client.createExchange({
        createExchangeAPIRequest: { wallet_address: alice.address, provider: 'moonpay', type: 'offramp' },
    }));
    if (exchange) {
        const amount = ETHER / 100n;
        const before = [await balanceOf(alice.address, ''), await balanceOf(bob.address, '')];
        const sent = await attempt('exchangeTransfer', () => client.exchangeTransfer(
            { ethSigner: alice.ethSigner, starkSigner: alice.starkSigner },
            { type: 'ETH', amount: String(amount), receiver: bob.address, transactionID: String(exchange.id) }));
        if (sent) {
            check('exchangeTransfer answers a transfer id', Number.isInteger(sent.transfer_id), show(sent));
            equal('exchangeTransfer: sender balance', await balanceOf(alice.address, ''), before[0] - amount);
            equal('exchangeTransfer: receiver balance', await balanceOf(bob.address, ''), before[1] + amount);
            const record = await attempt('getExchange', () => client.getExchange({ id: String(exchange.id) }));
            if (record)
                check('getExchange links the transfer', record.data && record.data.transfer_id === String(sent.transfer_id),
                    show(record));
            const listedExchanges = await attempt('getExchanges',
                () => client.getExchanges({ walletAddress: alice.address }));
            if (listedExchanges)
                check('getExchanges finds the exchange', (listedExchanges.result || []).some((e) => e.id === exchange.id),
                    show(listedExchanges));
        }
    }

    equal('no ETH was created or lost (all balances = start + funding)', await totalEth(), ethAtStart + funded);
    checker.report();
}

// ---- main ---------------------------------------------------------------------------------------

function parseArgs(argv) {
    const options = { modules: process.cwd(), sandbox: null };
    for (let i = 0; i < argv.length; ++i) {
        if (argv[i] === '--modules' && argv[i + 1] !== undefined)
            options.modules = path.resolve(argv[++i]);
        else if (!argv[i].startsWith('-') && options.sandbox === null)
            options.sandbox = path.resolve(argv[i]);
        else
            throw new Error(`unexpected argument ${argv[i]}`);
    }
    if (options.sandbox === null)
        throw new Error('the path to stardeck-sandbox is required');
    return options;
}

async function main() {
    let options;
    try {
        options = parseArgs(process.argv.slice(2));
    } catch (error) {
        console.error(`fidelity: ${error.message}\n${USAGE}`);
        return 2;
    }
    if (!globalThis[Symbol.for('stardeck.nonet')] || process.env.JEST_WORKER_ID === undefined) {
        console.error('fidelity: run me with the network guard: node -r scripts/nonet.cjs ...');
        return 2;
    }
    let sdk;
    try {
        const load = createRequire(path.join(options.modules, 'package.json'));
        sdk = { xc: load('@imtbl/x-client'), xp: load('@imtbl/x-provider'), ethers: load('ethers') };
        // The copy the generated clients use (one axios in the tree, see the lock file).
        sdk.axios = createRequire(load.resolve('@imtbl/generated-clients'))('axios');
    } catch (error) {
        console.error(`fidelity: cannot load the SDK from ${options.modules} (run npm ci there): ${error.message}`);
        return 2;
    }
    let spec;
    try {
        spec = JSON.parse(fs.readFileSync(SPEC, 'utf8'));
    } catch (error) {
        console.error(`fidelity: cannot read ${SPEC}: ${error.message}`);
        return 2;
    }
    let sandbox;
    try {
        sandbox = await startSandbox(options.sandbox);
    } catch (error) {
        console.error(`fidelity: ${error.message}`);
        return 2;
    }
    console.log(`# sandbox at ${sandbox.url}; IMXClient from @imtbl/x-client ` +
        `${require(path.join(options.modules, 'node_modules/@imtbl/x-client/package.json')).version}`);
    try {
        await run(sdk, sandbox.url, spec);
    } catch (error) {
        check('the flows ran to the end', false, describe(error));
    } finally {
        await stopSandbox(sandbox);
    }
    if (failed > 0 && sandbox.stderr())
        console.log(`# sandbox stderr:\n${sandbox.stderr().replace(/^/gm, '#   ')}`);
    console.log(`${passed} passed, ${failed} failed`);
    return failed === 0 && passed > 0 ? 0 : 1;
}

main().then((status) => { process.exitCode = status; });
