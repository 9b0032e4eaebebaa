// SPDX-License-Identifier: MIT
//
// Times StarkWare's official JS library (@starkware-industries/starkware-crypto-utils 0.2.1) over
// the same vector inputs as stardeck-bench and prints the same JSON lines:
// {"impl": "scu-js", "op", "ns_per_op" (median), "runs", "iterations", "inputs", "check"}.
//
//   node -r scripts/nonet.cjs bench/js/bench.cjs --modules <dir with node_modules> \
//        [--vectors tests/data/vectors] [--runs 5] [--min-time 1.0] [--only op,op] [--quick]
//
// Always run it with the network guard preloaded: it refuses to start otherwise.
'use strict';

const fs = require('fs');
const path = require('path');
const { createRequire } = require('module');

const USAGE = 'usage: node -r scripts/nonet.cjs bench/js/bench.cjs --modules DIR [--vectors DIR] ' +
    '[--runs N] [--min-time SECONDS] [--only OP,...] [--quick]';

function parseArgs(argv) {
    const options = {
        modules: null,
        vectors: path.join(__dirname, '..', '..', 'tests', 'data', 'vectors'),
        runs: 5,
        minSeconds: 1.0,
        only: null,
        quick: false,
    };
    for (let i = 0; i < argv.length; ++i) {
        const arg = argv[i];
        const value = argv[i + 1];
        if (arg === '--quick') {
            options.quick = true;
        } else if (arg === '--modules' && value !== undefined) {
            options.modules = path.resolve(value);
            ++i;
        } else if (arg === '--vectors' && value !== undefined) {
            options.vectors = path.resolve(value);
            ++i;
        } else if (arg === '--runs' && Number(value) >= 1) {
            options.runs = Math.floor(Number(value));
            ++i;
        } else if (arg === '--min-time' && Number(value) >= 0) {
            options.minSeconds = Number(value);
            ++i;
        } else if (arg === '--only' && value !== undefined) {
            options.only = value.split(',').filter(Boolean);
            ++i;
        } else {
            throw new Error(`bad argument ${arg}\n${USAGE}`);
        }
    }
    if (!options.modules)
        throw new Error(`--modules is required\n${USAGE}`);
    return options;
}

function loadCases(dir, file) {
    return JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')).cases;
}

function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const n = sorted.length;
    return n % 2 === 1 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
}

// "0x00ab" -> "ab" (bn.js and the library want bare hex without leading zeros).
function bareHex(hex) {
    return BigInt(hex).toString(16);
}

function sameNumber(a, b) {
    return BigInt(a.startsWith('0x') ? a : `0x${a}`) === BigInt(b.startsWith('0x') ? b : `0x${b}`);
}

class Runner {
    constructor(options) {
        this.options = options;
        this.failures = 0;
        this.sink = 0;
    }

    wanted(op) {
        return !this.options.only || this.options.only.includes(op);
    }

    // Same protocol as the C++ BenchRunner: check every input, time passes over those that pass.
    measure(op, inputs, check, run) {
        if (!this.wanted(op))
            return;
        const good = [];
        let firstMismatch = null;
        inputs.forEach((input, i) => {
            let problem;
            try {
                problem = check(input);
            } catch (error) {
                problem = `error: ${error.message}`;
            }
            if (!problem)
                good.push(input);
            else if (firstMismatch === null)
                firstMismatch = `input ${i}: ${problem}`;
        });
        if (good.length === 0) {
            this.reportError(op, firstMismatch || 'no inputs');
            return;
        }
        for (const input of good) // warm-up: JIT, elliptic's lazily built tables
            this.fold(run(input));

        const minNs = this.options.quick ? 0 : this.options.minSeconds * 1e9;
        const runs = this.options.quick ? 1 : this.options.runs;
        const perRun = [];
        let totalIterations = 0;
        for (let r = 0; r < runs; ++r) {
            let iterations = 0;
            const start = process.hrtime.bigint();
            let elapsed = 0;
            do {
                for (const input of good)
                    this.fold(run(input));
                iterations += good.length;
                elapsed = Number(process.hrtime.bigint() - start);
            } while (elapsed < minNs);
            perRun.push(elapsed / iterations);
            totalIterations += iterations;
        }
        const mismatches = inputs.length - good.length;
        if (mismatches > 0)
            this.failures += 1;
        console.log(JSON.stringify({
            impl: 'scu-js',
            op,
            ns_per_op: Number(median(perRun).toFixed(1)),
            runs: perRun.map((v) => Number(v.toFixed(1))),
            iterations: totalIterations,
            inputs: good.length,
            check: mismatches === 0 ? 'ok' : `${mismatches} of ${inputs.length} inputs wrong; ${firstMismatch}`,
        }));
    }

    reportError(op, message) {
        this.failures += 1;
        console.log(JSON.stringify({ impl: 'scu-js', op, error: message }));
    }

    fold(value) {
        this.sink ^= typeof value === 'string' ? value.length : Number(Boolean(value));
    }
}

function main() {
    if (!globalThis[Symbol.for('stardeck.nonet')])
        throw new Error('run with the network guard: node -r scripts/nonet.cjs bench/js/bench.cjs ...');
    const options = parseArgs(process.argv.slice(2));
    const requireFromInstall = createRequire(path.join(options.modules, 'package.json'));
    const scu = requireFromInstall('@starkware-industries/starkware-crypto-utils');
    const scuVersion = requireFromInstall('@starkware-industries/starkware-crypto-utils/package.json').version;
    const BN = requireFromInstall('bn.js');
    const { keccak256 } = requireFromInstall('js-sha3');
    const ec = scu.ec;
    const V = options.vectors;
    const runner = new Runner(options);

    console.log(JSON.stringify({
        meta: { impl: 'scu-js', library: `starkware-crypto-utils ${scuVersion}`, node: process.version,
                runs: options.quick ? 1 : options.runs, min_seconds: options.quick ? 0 : options.minSeconds },
    }));

    // pedersen(a, b): the library's own pedersen([a, b]).
    const pedersen = loadCases(V, 'pedersen.json').map((c) => ({ a: bareHex(c.a), b: bareHex(c.b), hash: c.hash }));
    runner.measure('pedersen', pedersen,
                   (c) => (sameNumber(scu.pedersen([c.a, c.b]), c.hash) ? null : 'wrong result'),
                   (c) => scu.pedersen([c.a, c.b]));

    // Public key: keyDerivation.privateToStarkKey (keyFromPrivate + getPublic + x).
    const keys = loadCases(V, 'stark_keys.json').map((c) => ({ key: bareHex(c.private_key), starkKey: c.stark_key }));
    runner.measure('public_key', keys,
                   (c) => (sameNumber(scu.keyDerivation.privateToStarkKey(c.key), c.starkKey) ? null : 'wrong result'),
                   (c) => scu.keyDerivation.privateToStarkKey(c.key));

    // sign: the library's sign (deterministic k from elliptic's HMAC-DRBG, range checks). The key
    // pair object is made once per key, as a signer holding a key would.
    const signs = loadCases(V, 'ecdsa_sign.json').map((c) => ({
        keyPair: ec.keyFromPrivate(bareHex(c.private_key), 'hex'), msg: bareHex(c.msg_hash), r: c.r, s: c.s,
    }));
    runner.measure('sign', signs, (c) => {
        const sig = scu.sign(c.keyPair, c.msg);
        return sameNumber(sig.r.toString(16), c.r) && sameNumber(sig.s.toString(16), c.s) ? null : 'wrong result';
    }, (c) => scu.sign(c.keyPair, c.msg).s.toString(16));

    // verify: the library's verify with a full public point (the y that verifies, found once here);
    // the library has no x-only verify.
    const verifies = [];
    for (const c of loadCases(V, 'ecdsa_verify.json').filter((v) => v.valid)) {
        const signature = { r: new BN(bareHex(c.r), 16), s: new BN(bareHex(c.s), 16) };
        const msg = bareHex(c.msg_hash);
        let keyPair = null;
        for (const odd of [false, true]) {
            const candidate = ec.keyFromPublic(ec.curve.pointFromX(new BN(bareHex(c.stark_key), 16), odd));
            if (scu.verify(candidate, msg, signature)) {
                keyPair = candidate;
                break;
            }
        }
        verifies.push({ keyPair, msg, signature });
    }
    runner.measure('verify', verifies,
                   (c) => (c.keyPair && scu.verify(c.keyPair, c.msg, c.signature) ? null : 'verifies with neither y'),
                   (c) => scu.verify(c.keyPair, c.msg, c.signature));

    // keccak256: js-sha3, the Keccak the library itself uses (it exports none).
    const messages = loadCases(V, 'eth_personal_sign.json').map((c) => ({
        bytes: Uint8Array.from(Buffer.from(c.message_utf8_hex.replace(/^0x/, ''), 'hex')),
        digest: c.keccak256_of_message,
    }));
    runner.measure('keccak256', messages, (c) => (sameNumber(keccak256(c.bytes), c.digest) ? null : 'wrong result'),
                   (c) => keccak256(c.bytes));

    // asset_id: asset.getAssetId.
    const assets = loadCases(V, 'assets.json').map((c) => {
        const data = { quantum: c.quantum };
        if (c.token_address !== null)
            data.tokenAddress = c.token_address;
        if (c.token_id !== null)
            data.tokenId = c.token_id;
        if (c.blob !== null)
            data.blob = c.blob;
        return { dict: { type: c.type, data }, assetId: c.asset_id };
    });
    runner.measure('asset_id', assets,
                   (c) => (sameNumber(scu.asset.getAssetId(c.dict), c.assetId) ? null : 'wrong result'),
                   (c) => scu.asset.getAssetId(c.dict));

    // transfer_msg_hash: getTransferMsgHash / getTransferMsgHashWithFee (numbers as decimal strings
    // so 64-bit vault ids stay exact).
    const transfers = loadCases(V, 'transfer_msg_hash.json');
    const transferHash = (c) => {
        const condition = c.condition === undefined ? null : c.condition;
        if (c.fee_token !== undefined) {
            return scu.getTransferMsgHashWithFee(c.amount, c.nonce, c.sender_vault_id, c.token, c.receiver_vault_id,
                                                 c.receiver_stark_key, c.expiration_timestamp, c.fee_token,
                                                 c.fee_vault_id, c.fee_limit, condition);
        }
        return scu.getTransferMsgHash(c.amount, c.nonce, c.sender_vault_id, c.token, c.receiver_vault_id,
                                      c.receiver_stark_key, c.expiration_timestamp, condition);
    };
    runner.measure('transfer_msg_hash', transfers,
                   (c) => (sameNumber(transferHash(c), c.msg_hash) ? null : 'wrong result'), transferHash);

    if (runner.failures > 0)
        process.exitCode = 1;
}

try {
    main();
} catch (error) {
    console.error(`bench.cjs: ${error.message}`);
    process.exitCode = 2;
}
