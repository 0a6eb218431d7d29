#!/usr/bin/env python3
"""A loopback stand-in for iam:SimulatePrincipalPolicy, which moto does not implement.

Forwards every request to the upstream (moto_server) unchanged, except SimulatePrincipalPolicy,
which it answers in IAM's wire format: one EvaluationResult per requested (action, resource),
'allowed' unless the action is listed in --deny (then 'implicitDeny'), as IAM would answer for a
role whose policies lack that action.

    sim_stub.py --listen 127.0.0.1:PORT --upstream http://127.0.0.1:MOTO --deny ecr:BatchGetImage
"""
import argparse
import http.client
import http.server
import urllib.parse

HOP = {"connection", "keep-alive", "transfer-encoding", "content-length"}


def answer(form, denied):
    actions = [v[0] for k, v in sorted(form.items()) if k.startswith("ActionNames.member.")]
    resources = [v[0] for k, v in sorted(form.items()) if k.startswith("ResourceArns.member.")] or ["*"]
    members = []
    for a in actions:
        for r in resources:
            decision = "implicitDeny" if a in denied else "allowed"
            members.append(f"<member><EvalActionName>{a}</EvalActionName><EvalResourceName>{r}</EvalResourceName>"
                           f"<EvalDecision>{decision}</EvalDecision><MatchedStatements/><MissingContextValues/></member>")
    return ("<SimulatePrincipalPolicyResponse xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\">"
            "<SimulatePrincipalPolicyResult><IsTruncated>false</IsTruncated><EvaluationResults>"
            + "".join(members) +
            "</EvaluationResults></SimulatePrincipalPolicyResult>"
            "<ResponseMetadata><RequestId>sim-stub</RequestId></ResponseMetadata></SimulatePrincipalPolicyResponse>")


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        form = urllib.parse.parse_qs(body.decode("utf-8", "replace"))
        if form.get("Action", [""])[0] == "SimulatePrincipalPolicy":
            data = answer(form, self.server.denied).encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/xml")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
            return
        up = urllib.parse.urlparse(self.server.upstream)
        conn = http.client.HTTPConnection(up.hostname, up.port, timeout=30)
        headers = {k: v for k, v in self.headers.items() if k.lower() not in HOP}
        headers["Content-Length"] = str(len(body))
        conn.request(self.command, self.path, body=body, headers=headers)
        resp = conn.getresponse()
        data = resp.read()
        self.send_response(resp.status)
        for k, v in resp.getheaders():
            if k.lower() not in HOP:
                self.send_header(k, v)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    do_GET = do_PUT = do_DELETE = do_POST


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--listen", required=True)
    ap.add_argument("--upstream", required=True)
    ap.add_argument("--deny", action="append", default=[])
    args = ap.parse_args()
    for addr in (args.listen, urllib.parse.urlparse(args.upstream).netloc):
        if not addr.startswith(("127.", "localhost")):
            raise SystemExit("sim_stub: loopback only")
    host, port = args.listen.rsplit(":", 1)
    server = http.server.ThreadingHTTPServer((host, int(port)), Handler)
    server.upstream = args.upstream
    server.denied = set(args.deny)
    server.serve_forever()


if __name__ == "__main__":
    main()
