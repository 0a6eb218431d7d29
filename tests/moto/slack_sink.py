#!/usr/bin/env python3
"""A loopback Slack incoming-webhook stand-in that rejects what real Slack would reject, and
what would be an injection.

Accepts POST JSON; answers 200 "ok" and appends the payload to --out (one JSON per line) when it
passes, else 400 with the reason (also recorded, with "rejected"). Checks: valid JSON; `text` or
`blocks`; at most 50 blocks; header plain_text at most 150 characters; section text at most 3000;
at most 10 fields of at most 2000; context elements at most 10; no unescaped Slack control
sequences in mrkdwn (`<!channel>`, `<!here>`, `<@U…>`, links other than https://). Fault modes:
--status CODE for the first --fail N posts (with --retry-after S for 429), --hang S, --close.
Like Slack's webhooks, --rate R --burst B accepts R messages a second with bursts of B and
answers 429 with Retry-After beyond that (recorded as {"limited": true}); --down-file PATH
answers 503 while PATH exists (an outage the test switches on and off; recorded as
{"down": true}).

With --token XOXB it is also the Web API of a Slack app: POST /api/chat.postMessage and
/api/chat.update with `Authorization: Bearer XOXB`, JSON with `channel` (and `ts` for an
update, of a message posted here; `thread_ts` for a reply). It answers as Slack does: HTTP 200
with {"ok": true, "channel", "ts"}, or {"ok": false, "error": "invalid_auth" | "channel_not_found"
| "message_not_found" | "invalid_blocks"}.
"""
import argparse
import http.server
import json
import re
import threading
import time

CONTROL = re.compile(r"<(?!https://)[^>]*>")


def problems(p):
    out = []
    if not isinstance(p, dict):
        return ["payload is not a JSON object"]
    if not p.get("text") and not p.get("blocks"):
        out.append("no text and no blocks")
    blocks = p.get("blocks") or []
    if len(blocks) > 50:
        out.append(f"{len(blocks)} blocks > 50")
    texts = [p.get("text") or ""]
    for b in blocks:
        t = b.get("type")
        if t == "header":
            if b["text"]["type"] != "plain_text" or len(b["text"]["text"]) > 150:
                out.append("invalid header")
        elif t == "section":
            if "text" in b:
                if len(b["text"]["text"]) > 3000:
                    out.append("section text > 3000")
                texts.append(b["text"]["text"])
            fields = b.get("fields") or []
            if len(fields) > 10:
                out.append("more than 10 fields")
            for f in fields:
                if len(f["text"]) > 2000:
                    out.append("field > 2000")
                texts.append(f["text"])
            if "text" not in b and not fields:
                out.append("empty section")
        elif t == "context":
            els = b.get("elements") or []
            if not els or len(els) > 10:
                out.append("context needs 1-10 elements")
            texts += [e.get("text", "") for e in els]
        elif t not in ("divider", "actions", "image"):
            out.append(f"unknown block type {t}")
    for text in texts:
        for m in CONTROL.findall(text):
            out.append(f"unescaped control sequence {m[:40]!r}")
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--listen", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--status", type=int, default=0)
    ap.add_argument("--fail", type=int, default=0, help="fail the first N posts (0 with --status: all)")
    ap.add_argument("--retry-after", type=int, default=1)
    ap.add_argument("--hang", type=float, default=0)
    ap.add_argument("--close", action="store_true")
    ap.add_argument("--rate", type=float, default=0)
    ap.add_argument("--burst", type=float, default=1)
    ap.add_argument("--down-file")
    ap.add_argument("--token")
    args = ap.parse_args()
    host, port = args.listen.rsplit(":", 1)
    if not host.startswith("127."):
        raise SystemExit("slack_sink: loopback only")
    lock = threading.Lock()
    seen = {"n": 0}
    bucket = {"tokens": args.burst, "at": time.time()}
    messages = {}  # ts -> channel, for chat.update and thread replies

    def record(entry):
        with lock, open(args.out, "a") as f:
            f.write(json.dumps(entry) + "\n")

    def admitted():
        """Token bucket: `rate` a second, `burst` at once."""
        with lock:
            now = time.time()
            bucket["tokens"] = min(args.burst, bucket["tokens"] + (now - bucket["at"]) * args.rate)
            bucket["at"] = now
            if bucket["tokens"] >= 1:
                bucket["tokens"] -= 1
                return True
            return False

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *a):
            pass

        def answer(self, code, text, headers=()):
            data = text.encode()
            self.send_response(code)
            for k, v in headers:
                self.send_header(k, v)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_POST(self):
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            with lock:
                seen["n"] += 1
                n = seen["n"]
            failing = args.status and (args.fail == 0 or n <= args.fail)
            if args.close:
                self.close_connection = True
                self.connection.close()
                return
            if args.hang:
                time.sleep(args.hang)
            if args.down_file:
                import os
                if os.path.exists(args.down_file):
                    record({"down": True, "at": time.time()})
                    self.answer(503, "service_unavailable")
                    return
            if args.rate and not admitted():
                record({"limited": True, "at": time.time()})
                self.answer(429, "rate_limited", [("Retry-After", "1")])
                return
            if failing:
                headers = [("Retry-After", str(args.retry_after))] if args.status == 429 else []
                self.answer(args.status, "rate_limited" if args.status == 429 else "error", headers)
                return
            try:
                payload = json.loads(body)
            except ValueError:
                payload = None
            if self.path.startswith("/api/"):
                return web_api(self, payload)
            bad = problems(payload) if payload is not None else ["invalid JSON"]
            record({"path": self.path, "payload": payload, "rejected": bad, "at": time.time()})
            if bad:
                self.answer(400, "invalid_blocks: " + "; ".join(bad))
            else:
                self.answer(200, "ok")

    def web_api(self, payload):
        """The Web API of a Slack app (self: the request handler)."""
        method = self.path[len("/api/"):]
        error = None
        if not args.token or self.headers.get("Authorization") != f"Bearer {args.token}":
            error = "invalid_auth"
        elif method not in ("chat.postMessage", "chat.update"):
            error = "unknown_method"
        elif not isinstance(payload, dict) or not payload.get("channel"):
            error = "channel_not_found"
        elif method == "chat.update" and messages.get(payload.get("ts")) != payload["channel"]:
            error = "message_not_found"
        elif payload.get("thread_ts") and messages.get(payload["thread_ts"]) != payload["channel"]:
            error = "thread_not_found"
        bad = problems(payload) if error is None else [error]
        if bad and error is None:
            error = "invalid_blocks"
        with lock:
            ts = payload.get("ts") if method == "chat.update" else f"{time.time():.6f}"
            if error is None and method == "chat.postMessage":
                messages[ts] = payload["channel"]
        record({"path": self.path, "method": method, "payload": payload, "rejected": bad, "at": time.time()})
        answer = {"ok": False, "error": error} if error else {"ok": True, "channel": payload["channel"], "ts": ts}
        self.answer(200, json.dumps(answer))

    http.server.ThreadingHTTPServer((host, int(port)), Handler).serve_forever()


if __name__ == "__main__":
    main()
