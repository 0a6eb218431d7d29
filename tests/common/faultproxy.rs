//! faultproxy: a fault-injecting HTTP proxy on loopback, in front of the local AWS stand-in
//! (moto_server), run inside the test process.
//!
//! It forwards every request unchanged (the `Host` header included, so SigV4 signatures still
//! match) and, on the way, can
//!   * add a fixed latency to each AWS call (`delay_ms`), to count the sequential round trips a
//!     diagnosis needs;
//!   * inject faults into chosen calls, to prove the program keeps going when an API answers
//!     AccessDenied, throttles, fails or hangs;
//!   * record every call (a JSONL file, one object a line: `service`, `action`, `start`, `end`,
//!     `status`, `fault`) and summarise such a file ([`report`]). `start` is taken when the
//!     request has been read, `end` when its outcome is decided, just before the client can see
//!     it: a call a client has seen the end of is always in the log.
//!
//! A call is named (service, action): the service is the signing name of the SigV4 credential
//! scope (`ec2`, `ecs`, `iam`, `logs`, `elasticfilesystem`, ...), the action the last
//! dot-separated part of `X-Amz-Target` (JSON protocols) or the `Action` form field (query
//! protocols); REST calls (and anything else) have action `?`.
//!
//! A fault is `SERVICE:ACTION=KIND[@P]`: ACTION may be `*`, P (0..1) is the probability
//! (default 1), KIND one of
//!   * `AccessDenied`, `Throttling`, `ServerError`: an error answer in the wire shape of the
//!     service's protocol (EC2 query XML, the IAM/SNS/STS query `ErrorResponse`, else JSON);
//!   * `Timeout`: the call is held `hang_s` seconds, then the connection is closed unanswered;
//!   * `Reset`: the connection is closed at once, unanswered.
//!
//! Each proxy runs on a thread of its own with a single-threaded tokio runtime, listening on
//! 127.0.0.1 on a port the kernel picks; the upstream must be a loopback address too. The
//! request side is parsed with `httparse` and the upstream is called with hyper's HTTP/1 client
//! (this keeps hyper's feature set as the AWS SDK has it: no `server` feature to compile).

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper_util::rt::TokioIo;
use regex::Regex;
use serde::Serialize;
use serde_json::{json, Map, Value};
use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpSocket, TcpStream};

/// Headers that belong to one connection, not to the request: never forwarded (Content-Length
/// is set again from the body actually sent).
const HOP: &[&str] = &[
    "connection",
    "keep-alive",
    "proxy-connection",
    "transfer-encoding",
    "te",
    "trailer",
    "upgrade",
    "content-length",
];
const LOOPBACK: &[&str] = &["127.", "localhost", "[::1]", "::1"];
/// Longest request head accepted (request line and headers).
const MAX_HEAD: usize = 64 * 1024;
/// How long the upstream may take to answer one call.
const UPSTREAM_TIMEOUT: Duration = Duration::from_secs(60);

/// What a fault does to the call it hits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    AccessDenied,
    Throttling,
    ServerError,
    Timeout,
    Reset,
}

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::AccessDenied => "AccessDenied",
            Kind::Throttling => "Throttling",
            Kind::ServerError => "ServerError",
            Kind::Timeout => "Timeout",
            Kind::Reset => "Reset",
        }
    }

    fn parse(s: &str) -> Option<Kind> {
        [
            Kind::AccessDenied,
            Kind::Throttling,
            Kind::ServerError,
            Kind::Timeout,
            Kind::Reset,
        ]
        .into_iter()
        .find(|k| k.name() == s)
    }
}

/// One `SERVICE:ACTION=KIND[@P]` rule.
#[derive(Clone, Debug, PartialEq)]
pub struct Rule {
    pub service: String,
    pub action: String,
    pub kind: Kind,
    pub probability: f64,
}

impl Rule {
    /// Parses a fault spec; the error says what was wrong.
    pub fn parse(spec: &str) -> Result<Rule, String> {
        static SPEC: OnceLock<Regex> = OnceLock::new();
        let re = SPEC.get_or_init(|| {
            Regex::new(
                r"^([\w-]+):([\w*]+)=(AccessDenied|Throttling|ServerError|Timeout|Reset)(?:@([0-9.]+))?$",
            )
            .unwrap()
        });
        let bad = || format!("faultproxy: bad fault {spec:?}; want SERVICE:ACTION=KIND[@P]");
        let m = re.captures(spec).ok_or_else(bad)?;
        let probability = match m.get(4) {
            Some(p) => p.as_str().parse::<f64>().map_err(|_| bad())?,
            None => 1.0,
        };
        Ok(Rule {
            service: m[1].to_string(),
            action: m[2].to_string(),
            kind: Kind::parse(&m[3]).ok_or_else(bad)?,
            probability,
        })
    }
}

/// A proxy's settings.
#[derive(Clone, Debug)]
pub struct Options {
    /// `http://HOST:PORT` of the upstream; HOST must be loopback.
    pub upstream: String,
    /// Fault specs, `SERVICE:ACTION=KIND[@P]`; the first rule that matches a call (and wins its
    /// draw) applies.
    pub faults: Vec<String>,
    /// Latency added to every call, faulted or not.
    pub delay_ms: f64,
    /// How long a `Timeout` fault holds its call.
    pub hang_s: f64,
    /// Call log (JSONL, appended to).
    pub log: Option<PathBuf>,
}

/// Starts a proxy with these settings; returns its endpoint, `http://127.0.0.1:PORT`, already
/// accepting connections. The proxy lives as long as the process. Panics on a bad fault spec,
/// an upstream that is not loopback, or a log that cannot be opened.
pub fn start(options: Options) -> String {
    let cfg = Arc::new(Config::new(options).unwrap_or_else(|e| panic!("{e}")));
    let (ready, bound) = std::sync::mpsc::channel();
    std::thread::Builder::new()
        .name("faultproxy".into())
        .spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("faultproxy: tokio runtime");
            rt.block_on(async move {
                let listener = match bind() {
                    Ok(l) => l,
                    Err(e) => {
                        let _ = ready.send(Err(e));
                        return;
                    }
                };
                let _ = ready.send(listener.local_addr());
                loop {
                    let Ok((sock, _)) = listener.accept().await else {
                        // Out of file descriptors or the like: try again shortly.
                        tokio::time::sleep(Duration::from_millis(10)).await;
                        continue;
                    };
                    let _ = sock.set_nodelay(true);
                    tokio::spawn(serve(cfg.clone(), sock));
                }
            });
        })
        .expect("faultproxy: thread");
    let addr = bound
        .recv()
        .expect("faultproxy: the proxy thread died")
        .unwrap_or_else(|e| panic!("faultproxy: cannot listen on 127.0.0.1: {e}"));
    format!("http://{addr}")
}

/// A listener on 127.0.0.1, on a port of the kernel's choosing, with a wide backlog: a diagnosis
/// opens ~20 connections at once, and a refused SYN retried a second later would read as an
/// extra sequential round.
fn bind() -> std::io::Result<tokio::net::TcpListener> {
    let socket = TcpSocket::new_v4()?;
    socket.bind(([127, 0, 0, 1], 0).into())?;
    socket.listen(1024)
}

struct Config {
    upstream_host: String,
    upstream_port: u16,
    delay: Duration,
    hang: Duration,
    rules: Vec<Rule>,
    rng: Mutex<u64>,
    log: Option<Mutex<std::fs::File>>,
}

impl Config {
    fn new(o: Options) -> Result<Config, String> {
        let netloc = o
            .upstream
            .strip_prefix("http://")
            .ok_or_else(|| format!("faultproxy: upstream {} is not http://", o.upstream))?
            .split('/')
            .next()
            .unwrap_or_default()
            .to_string();
        if !LOOPBACK.iter().any(|p| netloc.starts_with(p)) {
            return Err(format!("faultproxy: {netloc} is not a loopback address"));
        }
        let (host, port) = match netloc.rsplit_once(':') {
            Some((h, p)) if !p.contains(']') => (
                h,
                p.parse::<u16>()
                    .map_err(|_| format!("faultproxy: bad upstream port in {netloc}"))?,
            ),
            _ => (netloc.as_str(), 80),
        };
        let host = host
            .trim_start_matches('[')
            .trim_end_matches(']')
            .to_string();
        let rules = o
            .faults
            .iter()
            .map(|f| Rule::parse(f))
            .collect::<Result<Vec<_>, _>>()?;
        let log = match &o.log {
            Some(path) => Some(Mutex::new(
                std::fs::OpenOptions::new()
                    .create(true)
                    .append(true)
                    .open(path)
                    .map_err(|e| format!("faultproxy: log {}: {e}", path.display()))?,
            )),
            None => None,
        };
        Ok(Config {
            upstream_host: host,
            upstream_port: port,
            delay: Duration::from_secs_f64(o.delay_ms.max(0.0) / 1000.0),
            hang: Duration::from_secs_f64(o.hang_s.max(0.0)),
            rules,
            rng: Mutex::new(seed()),
            log,
        })
    }

    /// The fault for this call, if a rule matches and wins its draw.
    fn pick(&self, service: &str, action: &str) -> Option<Kind> {
        self.rules
            .iter()
            .find(|r| {
                r.service == service
                    && (r.action == "*" || r.action == action)
                    && self.draw() < r.probability
            })
            .map(|r| r.kind)
    }

    /// A uniform draw in [0, 1) (xorshift64*).
    fn draw(&self) -> f64 {
        let mut x = self.rng.lock().unwrap_or_else(|e| e.into_inner());
        *x ^= *x >> 12;
        *x ^= *x << 25;
        *x ^= *x >> 27;
        let out = x.wrapping_mul(0x2545_F491_4F6C_DD1D);
        (out >> 11) as f64 / (1u64 << 53) as f64
    }

    fn record(&self, row: &Row<'_>) {
        if let Some(log) = &self.log {
            let mut line = serde_json::to_string(row).unwrap();
            line.push('\n');
            let mut f = log.lock().unwrap_or_else(|e| e.into_inner());
            let _ = f.write_all(line.as_bytes());
            let _ = f.flush();
        }
    }
}

fn seed() -> u64 {
    static N: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(0);
    let n = N.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let s = nanos ^ (u64::from(std::process::id()) << 32) ^ n.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    if s == 0 {
        0x853C_49E6_748F_EA9B
    } else {
        s
    }
}

/// Seconds on a monotonic clock whose origin is shared by every proxy of this process.
fn now() -> f64 {
    static ORIGIN: OnceLock<Instant> = OnceLock::new();
    ORIGIN.get_or_init(Instant::now).elapsed().as_secs_f64()
}

/// One line of the call log.
#[derive(Serialize)]
struct Row<'a> {
    service: &'a str,
    action: &'a str,
    start: f64,
    end: f64,
    /// The HTTP status answered, `"reset"`, `"timeout"`, or null when the upstream failed.
    status: Value,
    fault: Option<&'static str>,
}

/// One parsed request.
struct Request {
    method: String,
    target: String,
    /// HTTP/1.x minor version.
    version: u8,
    headers: Vec<(String, Vec<u8>)>,
    body: Vec<u8>,
}

impl Request {
    /// The first value of a header, by case-insensitive name.
    fn header(&self, name: &str) -> Option<String> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| String::from_utf8_lossy(v).into_owned())
    }
}

/// (service, action) of one AWS call.
fn identify(req: &Request) -> (String, String) {
    static SCOPE: OnceLock<Regex> = OnceLock::new();
    let scope = SCOPE
        .get_or_init(|| Regex::new(r"Credential=[^/]+/\d{8}/[^/]+/([^/]+)/aws4_request").unwrap());
    let service = req
        .header("Authorization")
        .and_then(|auth| scope.captures(&auth).map(|c| c[1].to_string()))
        .unwrap_or_else(|| "?".into());
    if let Some(target) = req.header("X-Amz-Target").filter(|t| !t.is_empty()) {
        let action = target.rsplit('.').next().unwrap_or_default().to_string();
        return (service, action);
    }
    let ctype = req.header("Content-Type").unwrap_or_default();
    if ctype.contains("x-www-form-urlencoded") {
        if let Some(action) = form_field(&String::from_utf8_lossy(&req.body), "Action") {
            return (service, action);
        }
    }
    (service, "?".into())
}

/// The first non-empty value of a field of an `application/x-www-form-urlencoded` body.
fn form_field(body: &str, name: &str) -> Option<String> {
    let decode = |s: &str| {
        percent_encoding::percent_decode_str(&s.replace('+', " "))
            .decode_utf8_lossy()
            .into_owned()
    };
    body.split('&')
        .filter_map(|pair| pair.split_once('='))
        .filter(|(_, v)| !v.is_empty())
        .find(|(k, _)| decode(k) == name)
        .map(|(_, v)| decode(v))
}

/// An error answer in the wire shape of the service's protocol: (status, content type, body).
pub fn fault_body(kind: Kind, service: &str, action: &str) -> (u16, &'static str, String) {
    let msg = format!(
        "injected by faultproxy: {} on {service}:{action}",
        kind.name()
    );
    let (code, status) = match kind {
        Kind::AccessDenied => ("AccessDeniedException", 403),
        Kind::Throttling => ("ThrottlingException", 400),
        _ => ("InternalFailure", 500),
    };
    if service == "ec2" {
        let (code, status) = match kind {
            Kind::AccessDenied => ("UnauthorizedOperation", 403),
            Kind::Throttling => ("RequestLimitExceeded", 503),
            _ => ("InternalError", 500),
        };
        let body = format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Errors><Error><Code>{code}</Code>\
             <Message>{}</Message></Error></Errors><RequestID>faultproxy</RequestID></Response>",
            xml_escape(&msg)
        );
        return (status, "text/xml", body);
    }
    if matches!(
        service,
        "iam" | "sns" | "sts" | "sqs-query" | "cloudformation"
    ) {
        let code = match kind {
            Kind::AccessDenied => "AccessDenied",
            Kind::Throttling => "Throttling",
            _ => "ServiceFailure",
        };
        let side = if kind == Kind::ServerError {
            "Receiver"
        } else {
            "Sender"
        };
        let body = format!(
            "<ErrorResponse><Error><Type>{side}</Type><Code>{code}</Code><Message>{}</Message></Error>\
             <RequestId>faultproxy</RequestId></ErrorResponse>",
            xml_escape(&msg)
        );
        return (status, "text/xml", body);
    }
    let body = format!(
        "{{\"__type\": {}, \"message\": {}}}",
        Value::from(code),
        Value::from(msg)
    );
    (status, "application/x-amz-json-1.1", body)
}

fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Serves one client connection: its requests one after another (keep-alive).
async fn serve(cfg: Arc<Config>, mut sock: TcpStream) {
    let mut buf = Vec::with_capacity(8192);
    loop {
        let req = match read_request(&mut sock, &mut buf).await {
            Ok(Some(req)) => req,
            Ok(None) => return,
            Err(_) => {
                let _ = sock
                    .write_all(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                    .await;
                return;
            }
        };
        let conn = req.header("Connection").unwrap_or_default().to_lowercase();
        let close = match conn.as_str() {
            "close" => true,
            "keep-alive" => false,
            _ => req.version == 0,
        };
        let (service, action) = identify(&req);
        let start = now();
        let kind = cfg.pick(&service, &action);
        if !cfg.delay.is_zero() {
            tokio::time::sleep(cfg.delay).await;
        }
        // Each call is logged before its client can see the outcome: once a client has its
        // answer (or its closed connection), the call is in the log.
        let answer = match kind {
            Some(Kind::Reset) => {
                cfg.record(&row(&service, &action, start, "reset".into(), kind));
                // Both directions shut at once: the client sees the connection end unanswered.
                if let Ok(std) = sock.into_std() {
                    let _ = std.shutdown(std::net::Shutdown::Both);
                }
                return;
            }
            Some(Kind::Timeout) => {
                tokio::time::sleep(cfg.hang).await;
                cfg.record(&row(&service, &action, start, "timeout".into(), kind));
                let _ = sock.shutdown().await;
                return;
            }
            Some(k) => {
                let (status, ctype, body) = fault_body(k, &service, &action);
                let headers = vec![
                    ("Content-Type".to_string(), ctype.as_bytes().to_vec()),
                    ("x-amzn-RequestId".to_string(), b"faultproxy".to_vec()),
                ];
                Some((status, headers, Bytes::from(body)))
            }
            None => tokio::time::timeout(UPSTREAM_TIMEOUT, forward(&cfg, &req))
                .await
                .ok()
                .and_then(Result::ok),
        };
        let Some((status, headers, body)) = answer else {
            // The upstream refused, failed or took too long: the call is logged with a null
            // status and the connection closed unanswered.
            cfg.record(&row(&service, &action, start, Value::Null, kind));
            let _ = sock.shutdown().await;
            return;
        };
        cfg.record(&row(&service, &action, start, status.into(), kind));
        if respond(&mut sock, &req, status, &headers, &body)
            .await
            .is_err()
            || close
        {
            let _ = sock.shutdown().await;
            return;
        }
    }
}

fn row<'a>(
    service: &'a str,
    action: &'a str,
    start: f64,
    status: Value,
    kind: Option<Kind>,
) -> Row<'a> {
    Row {
        service,
        action,
        start,
        end: now(),
        status,
        fault: kind.map(Kind::name),
    }
}

/// Reads the next request of the connection; `None` when the client closed it between requests.
async fn read_request(sock: &mut TcpStream, buf: &mut Vec<u8>) -> std::io::Result<Option<Request>> {
    let bad = |what: &str| std::io::Error::new(std::io::ErrorKind::InvalidData, what.to_string());
    let (mut req, used) = loop {
        let mut headers = [httparse::EMPTY_HEADER; 128];
        let mut parsed = httparse::Request::new(&mut headers);
        match parsed.parse(buf).map_err(|e| bad(&e.to_string()))? {
            httparse::Status::Complete(used) => {
                let req = Request {
                    method: parsed.method.unwrap_or("GET").to_string(),
                    target: parsed.path.unwrap_or("/").to_string(),
                    version: parsed.version.unwrap_or(1),
                    headers: parsed
                        .headers
                        .iter()
                        .map(|h| (h.name.to_string(), h.value.to_vec()))
                        .collect(),
                    body: Vec::new(),
                };
                break (req, used);
            }
            httparse::Status::Partial => {
                if buf.len() > MAX_HEAD {
                    return Err(bad("request head too long"));
                }
                if sock.read_buf(buf).await? == 0 {
                    return if buf.is_empty() {
                        Ok(None)
                    } else {
                        Err(bad("connection closed mid-request"))
                    };
                }
            }
        }
    };
    buf.drain(..used);
    if req.version >= 1
        && req
            .header("Expect")
            .is_some_and(|e| e.eq_ignore_ascii_case("100-continue"))
    {
        sock.write_all(b"HTTP/1.1 100 Continue\r\n\r\n").await?;
    }
    let chunked = req
        .header("Transfer-Encoding")
        .is_some_and(|te| te.to_ascii_lowercase().contains("chunked"));
    if chunked {
        loop {
            let line = take_line(sock, buf).await?;
            let size = line.split(';').next().unwrap_or_default().trim();
            let size = usize::from_str_radix(size, 16).map_err(|_| bad("bad chunk size"))?;
            if size == 0 {
                // Trailers, up to the empty line.
                while !take_line(sock, buf).await?.is_empty() {}
                break;
            }
            let chunk = take(sock, buf, size).await?;
            req.body.extend_from_slice(&chunk);
            if !take_line(sock, buf).await?.is_empty() {
                return Err(bad("chunk not followed by CRLF"));
            }
        }
    } else {
        let length = match req.header("Content-Length") {
            Some(v) => v
                .trim()
                .parse::<usize>()
                .map_err(|_| bad("bad Content-Length"))?,
            None => 0,
        };
        req.body = take(sock, buf, length).await?;
    }
    Ok(Some(req))
}

/// The next `n` bytes of the connection.
async fn take(sock: &mut TcpStream, buf: &mut Vec<u8>, n: usize) -> std::io::Result<Vec<u8>> {
    while buf.len() < n {
        if sock.read_buf(buf).await? == 0 {
            return Err(std::io::ErrorKind::UnexpectedEof.into());
        }
    }
    Ok(buf.drain(..n).collect())
}

/// The next line of the connection, without its CRLF.
async fn take_line(sock: &mut TcpStream, buf: &mut Vec<u8>) -> std::io::Result<String> {
    loop {
        if let Some(i) = buf.windows(2).position(|w| w == b"\r\n") {
            let line: Vec<u8> = buf.drain(..i + 2).take(i).collect();
            return Ok(String::from_utf8_lossy(&line).into_owned());
        }
        if buf.len() > MAX_HEAD {
            return Err(std::io::Error::new(
                std::io::ErrorKind::InvalidData,
                "line too long",
            ));
        }
        if sock.read_buf(buf).await? == 0 {
            return Err(std::io::ErrorKind::UnexpectedEof.into());
        }
    }
}

type Answer = (u16, Vec<(String, Vec<u8>)>, Bytes);

/// Sends the request to the upstream on a connection of its own; its answer, body read whole.
async fn forward(
    cfg: &Config,
    req: &Request,
) -> Result<Answer, Box<dyn std::error::Error + Send + Sync>> {
    let stream = TcpStream::connect((cfg.upstream_host.as_str(), cfg.upstream_port)).await?;
    stream.set_nodelay(true)?;
    let (mut sender, conn) = hyper::client::conn::http1::handshake(TokioIo::new(stream)).await?;
    tokio::spawn(async move {
        let _ = conn.await;
    });
    let mut builder = hyper::Request::builder()
        .method(req.method.as_str())
        .uri(req.target.as_str());
    for (name, value) in &req.headers {
        let lower = name.to_ascii_lowercase();
        if HOP.contains(&lower.as_str()) || lower == "expect" {
            continue;
        }
        builder = builder.header(name.as_str(), value.as_slice());
    }
    builder = builder.header("content-length", req.body.len());
    let request = builder.body(Full::new(Bytes::copy_from_slice(&req.body)))?;
    let response = sender.send_request(request).await?;
    let status = response.status().as_u16();
    let headers = response
        .headers()
        .iter()
        .filter(|(name, _)| !HOP.contains(&name.as_str()))
        .map(|(name, value)| (name.as_str().to_string(), value.as_bytes().to_vec()))
        .collect();
    let body = response.into_body().collect().await?.to_bytes();
    Ok((status, headers, body))
}

/// Writes one answer; HEAD gets the headers only.
async fn respond(
    sock: &mut TcpStream,
    req: &Request,
    status: u16,
    headers: &[(String, Vec<u8>)],
    body: &[u8],
) -> std::io::Result<()> {
    let reason = hyper::StatusCode::from_u16(status)
        .ok()
        .and_then(|s| s.canonical_reason())
        .unwrap_or("");
    let mut out = format!("HTTP/1.1 {status} {reason}\r\n").into_bytes();
    for (name, value) in headers {
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(b": ");
        out.extend_from_slice(value);
        out.extend_from_slice(b"\r\n");
    }
    out.extend_from_slice(format!("Content-Length: {}\r\n\r\n", body.len()).as_bytes());
    if !req.method.eq_ignore_ascii_case("HEAD") {
        out.extend_from_slice(body);
    }
    sock.write_all(&out).await?;
    sock.flush().await
}

/// The summary of a call log (see [`summarize`]). Panics when the file cannot be read or a line
/// is not JSON.
pub fn report(log: &Path) -> Value {
    let text = std::fs::read_to_string(log)
        .unwrap_or_else(|e| panic!("faultproxy report: {}: {e}", log.display()));
    let rows: Vec<Value> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            serde_json::from_str(l).unwrap_or_else(|e| panic!("faultproxy report: {l:?}: {e}"))
        })
        .collect();
    summarize(&rows)
}

/// Calls; `sequential_rounds`, the longest chain of calls each started after the previous one
/// ended; `peak_concurrency`; `span_s`, first start to the end of the last call started;
/// `by_action` (`"service:action"` → calls) and `repeated` (those called more than once).
pub fn summarize(rows: &[Value]) -> Value {
    let num = |r: &Value, k: &str| r[k].as_f64().unwrap_or(0.0);
    let mut rows: Vec<&Value> = rows.iter().collect();
    rows.sort_by(|a, b| num(a, "start").total_cmp(&num(b, "start")));
    let mut depth: Vec<u64> = Vec::with_capacity(rows.len());
    for (i, r) in rows.iter().enumerate() {
        let before = (0..i)
            .filter(|&j| num(rows[j], "end") <= num(r, "start"))
            .map(|j| depth[j])
            .max()
            .unwrap_or(0);
        depth.push(1 + before);
    }
    let mut events: Vec<(f64, i64)> = rows
        .iter()
        .map(|r| (num(r, "start"), 1))
        .chain(rows.iter().map(|r| (num(r, "end"), -1)))
        .collect();
    events.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
    let (mut current, mut peak) = (0i64, 0i64);
    for (_, step) in events {
        current += step;
        peak = peak.max(current);
    }
    let text = |v: &Value| match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    let mut by_action: BTreeMap<String, u64> = BTreeMap::new();
    for r in &rows {
        *by_action
            .entry(format!("{}:{}", text(&r["service"]), text(&r["action"])))
            .or_default() += 1;
    }
    let span = match (rows.first(), rows.last()) {
        (Some(first), Some(last)) => num(last, "end") - num(first, "start"),
        _ => 0.0,
    };
    let span = format!("{span:.3}").parse::<f64>().unwrap_or(span);
    let repeated: Map<String, Value> = by_action
        .iter()
        .filter(|(_, &n)| n > 1)
        .map(|(k, &n)| (k.clone(), n.into()))
        .collect();
    let by_action: Map<String, Value> = by_action.into_iter().map(|(k, n)| (k, n.into())).collect();
    json!({
        "calls": rows.len(),
        "sequential_rounds": depth.iter().copied().max().unwrap_or(0),
        "peak_concurrency": peak,
        "span_s": span,
        "repeated": repeated,
        "by_action": by_action,
    })
}
