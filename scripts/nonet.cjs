// SPDX-License-Identifier: MIT
//
// Stardeck's network guard for Node: preload it (`node -r ./scripts/nonet.cjs ...`) before loading
// any third-party package (Immutable's, StarkWare's) so that nothing it does can reach the network.
//
// - TCP: net.Socket#connect refuses every host except loopback (127.0.0.0/8, ::1, ::ffff:127.x,
//   "localhost", whose resolution is itself checked); unix sockets and named pipes are allowed.
//   As a backstop the TCP handle's connect/connect6 refuse non-loopback addresses too, so code that
//   bypasses net.Socket (undici, http2, ...) still cannot get out.
// - DNS: dns.lookup / lookupService allow only loopback names and addresses; every resolve* and
//   reverse query (which asks a DNS server) is refused, for the callback, Resolver and promises APIs.
// - http / https request and get, and the global fetch, refuse non-loopback URLs before anything
//   is sent.
// - process.env.JEST_WORKER_ID is set when unset: @imtbl/metrics then skips its telemetry flush.
// - NODE_OPTIONS gains "--require <this file>" so child Node processes are guarded too.
//
// Refusals throw (or reject, for promise APIs) an Error with code ERR_STARDECK_NONET.
'use strict';

const GUARD = Symbol.for('stardeck.nonet');
if (!globalThis[GUARD]) {
    globalThis[GUARD] = install();
}

function install() {
    const net = require('net');
    const dns = require('dns');
    const http = require('http');
    const https = require('https');

    const ERROR_CODE = 'ERR_STARDECK_NONET';

    function refusal(what) {
        const error = new Error(`stardeck nonet: refusing ${what} (only loopback is allowed)`);
        error.code = ERROR_CODE;
        return error;
    }

    // True for an IP literal in 127.0.0.0/8, ::1 or ::ffff:127.0.0.0/104; false for anything else,
    // including names. The WHATWG URL parser canonicalises IPv6 spellings (0:0::1, ::ffff:127.0.0.1).
    function isLoopbackAddress(address) {
        if (typeof address !== 'string')
            return false;
        let host = address;
        if (host.startsWith('[') && host.endsWith(']'))
            host = host.slice(1, -1);
        const family = net.isIP(host);
        if (family === 4)
            return host.split('.')[0] === '127';
        if (family !== 6)
            return false;
        let canonical;
        try {
            canonical = new URL(`http://[${host.split('%')[0]}]/`).hostname;
        } catch {
            return false;
        }
        if (canonical === '[::1]')
            return true;
        const mapped = /^\[::ffff:([0-9a-f]{1,4}):[0-9a-f]{1,4}\]$/.exec(canonical);
        return mapped !== null && (parseInt(mapped[1], 16) >> 8) === 127;
    }

    function isLoopbackName(name) {
        if (typeof name !== 'string')
            return false;
        const lower = name.toLowerCase();
        return lower === 'localhost' || lower === 'localhost.';
    }

    function isLoopbackHost(host) {
        return isLoopbackAddress(host) || isLoopbackName(host);
    }

    // Wraps a dns.lookup-style function so that every address it yields must be loopback: a hosts
    // file (or a custom lookup) mapping "localhost" elsewhere is refused rather than trusted.
    function loopbackOnlyLookup(lookup, hostname) {
        return function guardedLookup(name, options, callback) {
            if (typeof options === 'function') {
                callback = options;
                options = {};
            }
            return lookup(name, options, (error, address, family) => {
                if (error)
                    return callback(error, address, family);
                const all = Array.isArray(address) ? address.map((a) => a.address) : [address];
                const outside = all.find((a) => !isLoopbackAddress(a));
                if (outside !== undefined)
                    return callback(refusal(`"${hostname}" resolving to ${outside}`));
                return callback(null, address, family);
            });
        };
    }

    // --- TCP -------------------------------------------------------------------------------------
    const originalConnect = net.Socket.prototype.connect;
    net.Socket.prototype.connect = function guardedConnect(...args) {
        // Same argument forms as net.Socket#connect: (options[, cb]), (path[, cb]), (port[, host][, cb]),
        // plus the internal pre-normalised [options, cb] array that net.connect passes.
        const normalised = Array.isArray(args[0]);
        let options;
        if (normalised)
            options = args[0][0] || {};
        else if (args[0] !== null && typeof args[0] === 'object')
            options = args[0];
        else if (typeof args[0] === 'string' && !(Number(args[0]) >= 0))
            options = { path: args[0] };
        else
            options = { port: args[0], host: typeof args[1] === 'string' ? args[1] : undefined };
        if (options.path !== undefined && options.path !== null)
            return originalConnect.apply(this, args); // unix socket / named pipe
        const host = options.host || 'localhost';
        if (!isLoopbackHost(host))
            throw refusal(`TCP connection to ${host}:${options.port}`);
        if (!isLoopbackName(host))
            return originalConnect.apply(this, args);
        const guarded = { ...options, host, lookup: loopbackOnlyLookup(options.lookup || dns.lookup, host) };
        if (normalised) {
            args[0][0] = guarded; // in place: the array carries net's private "normalised" marker
            return originalConnect.apply(this, args);
        }
        const callback = args.find((a) => typeof a === 'function');
        return callback ? originalConnect.call(this, guarded, callback) : originalConnect.call(this, guarded);
    };

    // Backstop below net.Socket: the libuv TCP handle itself. Throwing here is uncatchable by the
    // caller (it runs after a lookup), so a bypass attempt ends the process with this message.
    try {
        const { TCP } = process.binding('tcp_wrap');
        for (const method of ['connect', 'connect6']) {
            const original = TCP.prototype[method];
            TCP.prototype[method] = function guardedHandleConnect(req, address, port, ...rest) {
                if (!isLoopbackAddress(address))
                    throw refusal(`TCP connection to ${address}:${port}`);
                return original.call(this, req, address, port, ...rest);
            };
        }
    } catch (error) {
        if (error && error.code === ERROR_CODE)
            throw error;
        // process.binding unavailable: the net.Socket guard above still applies.
    }

    // --- DNS -------------------------------------------------------------------------------------
    const QUERIES = ['resolve', 'resolveAny', 'resolve4', 'resolve6', 'resolveCaa', 'resolveCname',
        'resolveMx', 'resolveNaptr', 'resolveNs', 'resolvePtr', 'resolveSoa', 'resolveSrv',
        'resolveTxt', 'reverse'];

    function guardQueries(target, asPromise) {
        for (const name of QUERIES) {
            if (typeof target[name] !== 'function')
                continue;
            target[name] = function refusedQuery(query) {
                const error = refusal(`DNS query ${name}(${JSON.stringify(String(query))})`);
                if (asPromise)
                    return Promise.reject(error);
                throw error;
            };
        }
    }

    function guardLookups(target, asPromise) {
        const lookup = target.lookup;
        target.lookup = function guardedDnsLookup(hostname, ...rest) {
            if (!isLoopbackHost(hostname)) {
                const error = refusal(`DNS lookup of ${JSON.stringify(String(hostname))}`);
                if (asPromise)
                    return Promise.reject(error);
                throw error;
            }
            return lookup.call(this, hostname, ...rest);
        };
        const lookupService = target.lookupService;
        target.lookupService = function guardedLookupService(address, ...rest) {
            if (!isLoopbackAddress(address)) {
                const error = refusal(`DNS lookupService of ${JSON.stringify(String(address))}`);
                if (asPromise)
                    return Promise.reject(error);
                throw error;
            }
            return lookupService.call(this, address, ...rest);
        };
    }

    guardLookups(dns, false);
    guardQueries(dns, false);
    guardQueries(dns.Resolver.prototype, false);
    guardLookups(dns.promises, true);
    guardQueries(dns.promises, true);
    guardQueries(dns.promises.Resolver.prototype, true);

    // --- http / https ----------------------------------------------------------------------------
    // The host a request would contact, from the (url[, options][, cb]) or (options[, cb]) forms.
    function requestHost(args, defaultPort) {
        let url = null;
        let options = {};
        if (typeof args[0] === 'string' || args[0] instanceof URL) {
            url = new URL(String(args[0]));
            if (args[1] !== null && typeof args[1] === 'object')
                options = args[1];
        } else if (args[0] !== null && typeof args[0] === 'object') {
            options = args[0];
        }
        if (options.socketPath)
            return { allowed: true };
        const host = options.hostname || options.host || (url ? url.hostname : undefined) || 'localhost';
        const port = options.port || (url && url.port) || defaultPort;
        return { allowed: isLoopbackHost(host), host, port };
    }

    for (const [module, scheme, defaultPort] of [[http, 'http', 80], [https, 'https', 443]]) {
        for (const method of ['request', 'get']) {
            const original = module[method];
            module[method] = function guardedRequest(...args) {
                const target = requestHost(args, defaultPort);
                if (!target.allowed)
                    throw refusal(`${scheme} ${method} to ${target.host}:${target.port}`);
                return original.apply(this, args);
            };
        }
    }

    // --- fetch -----------------------------------------------------------------------------------
    if (typeof globalThis.fetch === 'function') {
        const originalFetch = globalThis.fetch;
        globalThis.fetch = function guardedFetch(input, init) {
            let url;
            try {
                url = new URL(typeof input === 'object' && input !== null && 'url' in input ? input.url
                                                                                          : String(input));
            } catch {
                return originalFetch.call(this, input, init); // fetch itself reports the bad URL
            }
            if ((url.protocol === 'http:' || url.protocol === 'https:') && !isLoopbackHost(url.hostname))
                return Promise.reject(refusal(`fetch of ${url.origin}`));
            return originalFetch.call(this, input, init);
        };
    }

    // --- telemetry and children ------------------------------------------------------------------
    if (process.env.JEST_WORKER_ID === undefined)
        process.env.JEST_WORKER_ID = '1';
    const requireSelf = `--require ${JSON.stringify(__filename)}`;
    const nodeOptions = process.env.NODE_OPTIONS || '';
    if (!nodeOptions.includes(__filename))
        process.env.NODE_OPTIONS = nodeOptions ? `${nodeOptions} ${requireSelf}` : requireSelf;

    return Object.freeze({ isLoopbackAddress, isLoopbackHost, errorCode: ERROR_CODE });
}

module.exports = globalThis[GUARD];
