// SPDX-License-Identifier: MIT
//
// Self-check of scripts/nonet.cjs: run as `node -r scripts/nonet.cjs bench/js/nonet-selftest.cjs`.
// Every outside connection must be refused with ERR_STARDECK_NONET (before any packet is sent:
// 203.0.113.0/24 and 2001:db8::/32 are documentation ranges, example.com is never resolved), and
// loopback TCP, unix sockets, loopback HTTP and fetch must keep working. Exits 1 on any failure.
'use strict';

const assert = require('assert');
const child = require('child_process');
const dns = require('dns');
const fs = require('fs');
const http = require('http');
const https = require('https');
const net = require('net');
const os = require('os');
const path = require('path');
const tls = require('tls');

const CODE = 'ERR_STARDECK_NONET';
let failures = 0;
let count = 0;

function report(ok, name, error) {
    count += 1;
    if (ok) {
        console.log(`ok ${count} - ${name}`);
    } else {
        failures += 1;
        console.log(`not ok ${count} - ${name}: ${error && error.stack ? error.stack : error}`);
    }
}

function refusedSync(name, fn) {
    try {
        const result = fn();
        if (result && typeof result.destroy === 'function')
            result.destroy();
        report(false, name, 'no exception');
    } catch (error) {
        report(error.code === CODE, name, error);
    }
}

async function refusedAsync(name, fn) {
    try {
        await fn();
        report(false, name, 'no rejection');
    } catch (error) {
        report(error.code === CODE || (error.cause && error.cause.code === CODE), name, error);
    }
}

async function works(name, fn) {
    try {
        await fn();
        report(true, name);
    } catch (error) {
        report(false, name, error);
    }
}

function listen(server, ...args) {
    return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(...args, () => resolve(server));
    });
}

// Connects with `connect`, sends "ping", expects the echo server's "pong".
function roundTrip(connect) {
    return new Promise((resolve, reject) => {
        const socket = connect();
        socket.once('error', reject);
        socket.once('connect', () => socket.write('ping'));
        socket.once('data', (data) => {
            socket.end();
            if (data.toString() === 'pong')
                resolve();
            else
                reject(new Error(`unexpected reply ${data}`));
        });
    });
}

function echoServer() {
    return net.createServer((socket) => socket.once('data', () => socket.end('pong')));
}

async function main() {
    // Without the guard the checks below would really try to connect: stop before any of them.
    if (!globalThis[Symbol.for('stardeck.nonet')]) {
        console.log('not ok 1 - guard is preloaded (run with: node -r scripts/nonet.cjs ...)');
        process.exit(1);
    }
    report(true, 'guard is preloaded');
    report(process.env.JEST_WORKER_ID !== undefined, 'JEST_WORKER_ID is set');

    // Refused: TCP in every argument form, IPv4, IPv6, names, TLS.
    refusedSync('net.connect(80, 203.0.113.1)', () => net.connect(80, '203.0.113.1'));
    refusedSync('net.createConnection({host: 203.0.113.1})',
                () => net.createConnection({ host: '203.0.113.1', port: 80 }));
    refusedSync('socket.connect(80, 203.0.113.1)', () => new net.Socket().connect(80, '203.0.113.1'));
    refusedSync('net.connect to a name (example.com)', () => net.connect({ host: 'example.com', port: 443 }));
    refusedSync('net.connect to 2001:db8::1', () => net.connect(80, '2001:db8::1'));
    refusedSync('net.connect to ::ffff:203.0.113.1', () => net.connect(80, '::ffff:203.0.113.1'));
    refusedSync('net.connect to 0.0.0.0', () => net.connect(80, '0.0.0.0'));
    refusedSync('net.connect to localhost.example.com', () => net.connect(80, 'localhost.example.com'));
    refusedSync('tls.connect(443, example.com)', () => tls.connect(443, 'example.com'));
    refusedSync('TCP handle connect (backstop below net.Socket)', () => {
        const { TCP, TCPConnectWrap, constants } = process.binding('tcp_wrap');
        const handle = new TCP(constants.SOCKET);
        try {
            return handle.connect(new TCPConnectWrap(), '203.0.113.1', 80);
        } finally {
            handle.close();
        }
    });

    // Refused: DNS.
    refusedSync('dns.lookup(example.com)', () => dns.lookup('example.com', () => {}));
    refusedSync('dns.resolve4(localhost)', () => dns.resolve4('localhost', () => {}));
    refusedSync('dns.reverse(203.0.113.1)', () => dns.reverse('203.0.113.1', () => {}));
    refusedSync('Resolver#resolveTxt', () => new dns.Resolver().resolveTxt('example.com', () => {}));
    refusedSync('dns.lookupService(203.0.113.1)', () => dns.lookupService('203.0.113.1', 80, () => {}));
    await refusedAsync('dns.promises.lookup(example.com)', () => dns.promises.lookup('example.com'));
    await refusedAsync('dns.promises.resolveAny', () => dns.promises.resolveAny('example.com'));

    // Refused: HTTP(S) and fetch.
    refusedSync('http.get(http://203.0.113.1/)', () => http.get('http://203.0.113.1/'));
    refusedSync('http.request({host: example.com})', () => http.request({ host: 'example.com', path: '/' }));
    refusedSync('https.request(https://example.com/)', () => https.request('https://example.com/'));
    refusedSync('https.get(URL)', () => https.get(new URL('https://api.x.immutable.com/v1/assets')));
    await refusedAsync('fetch(https://example.com/)', () => fetch('https://example.com/'));
    await refusedAsync('fetch(Request to 203.0.113.1)', () => fetch(new Request('http://203.0.113.1/')));

    // Allowed: loopback TCP by address and by name, IPv6 loopback when the host has it, unix sockets.
    const server = await listen(echoServer(), 0, '127.0.0.1');
    const port = server.address().port;
    await works('TCP to 127.0.0.1', () => roundTrip(() => net.connect(port, '127.0.0.1')));
    await works('TCP to localhost (resolution checked)',
                () => roundTrip(() => net.connect({ host: 'localhost', port, family: 4 })));
    await works('TCP to localhost, port-first form', () => roundTrip(() => net.connect(port, 'localhost')));
    await refusedAsync('localhost resolving outside loopback (custom lookup)', () => roundTrip(() =>
        net.connect({ host: 'localhost', port, lookup: (name, options, cb) => cb(null, '203.0.113.1', 4) })));
    server.close();

    const server6 = await listen(echoServer(), 0, '::1').catch(() => null);
    if (server6) {
        const port6 = server6.address().port;
        await works('TCP to ::1', () => roundTrip(() => net.connect(port6, '::1')));
        server6.close();
    } else {
        console.log('# IPv6 loopback unavailable: ::1 check skipped');
    }

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stardeck-nonet-'));
    const socketPath = path.join(dir, 'echo.sock');
    const unixServer = await listen(echoServer(), socketPath);
    await works('unix socket', () => roundTrip(() => net.connect(socketPath)));
    unixServer.close();
    fs.rmSync(dir, { recursive: true, force: true });

    // Allowed: loopback HTTP and fetch, and localhost DNS.
    const web = await listen(http.createServer((req, res) => res.end('hello')), 0, '127.0.0.1');
    const url = `http://127.0.0.1:${web.address().port}/`;
    await works('http.get to loopback', () => new Promise((resolve, reject) => {
        http.get(url, (res) => {
            let body = '';
            res.on('data', (d) => { body += d; });
            res.on('end', () => (body === 'hello' ? resolve() : reject(new Error(body))));
        }).on('error', reject);
    }));
    await works('fetch to loopback', async () => {
        assert.strictEqual(await (await fetch(url)).text(), 'hello');
    });
    web.close();
    await works('dns.promises.lookup(localhost)', async () => {
        const { address } = await dns.promises.lookup('localhost');
        assert.ok(address.startsWith('127.') || address === '::1', address);
    });

    // Child Node processes inherit the guard through NODE_OPTIONS.
    const probe = "try { require('net').connect(80, '203.0.113.1'); process.exit(3); }" +
        " catch (e) { process.exit(e.code === 'ERR_STARDECK_NONET' ? 0 : 4); }";
    const result = child.spawnSync(process.execPath, ['-e', probe], { stdio: 'inherit' });
    report(result.status === 0, 'child node process is guarded too', `exit status ${result.status}`);

    console.log(`1..${count}`);
    if (failures > 0) {
        console.log(`# ${failures} of ${count} checks failed`);
        process.exitCode = 1;
    } else {
        console.log('# nonet guard: all checks passed');
    }
}

setTimeout(() => {
    console.log('not ok - timed out');
    process.exit(1);
}, 30000).unref();

main().catch((error) => {
    console.log(`not ok - ${error.stack}`);
    process.exitCode = 1;
});
