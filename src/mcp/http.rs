//! `ecs-autopsy mcp --http 127.0.0.1:PORT`: the same server over MCP's streamable HTTP
//! transport, for clients that connect to a URL rather than start a process. Loopback only: the
//! server has no authentication of its own, so it must never be reachable from another machine.

use rmcp::transport::streamable_http_server::{
    session::local::LocalSessionManager, StreamableHttpServerConfig, StreamableHttpService,
};
use rmcp::ServerHandler;
use std::net::SocketAddr;
use std::sync::Arc;

/// The error for an address another machine could reach.
fn not_loopback(ip: std::net::IpAddr) -> String {
    format!(
        "{ip} is not a loopback address: the MCP HTTP server listens on 127.0.0.1 or [::1] only"
    )
}

/// `--http ADDR`: a loopback IP and port (`127.0.0.1:8765`, `[::1]:8765`, `localhost:8765`; port
/// 0 picks a free one). Anything else is refused before the server starts.
pub fn loopback_addr(text: &str) -> Result<SocketAddr, String> {
    let text = text.trim();
    let addr = match text.strip_prefix("localhost:") {
        Some(port) => port
            .parse::<u16>()
            .ok()
            .map(|p| SocketAddr::from(([127, 0, 0, 1], p))),
        None => text.parse::<SocketAddr>().ok(),
    }
    .ok_or("expected IP:PORT, e.g. 127.0.0.1:8765 (port 0 picks a free one)")?;
    if !addr.ip().is_loopback() {
        return Err(not_loopback(addr.ip()));
    }
    Ok(addr)
}

/// Serves `server` at `http://ADDR/mcp` until the process is stopped, and prints
/// `listening on http://IP:PORT/mcp` as one line on standard error once bound (the real port
/// when ADDR's is 0), so a script or test can read the URL.
///
/// Stateless: each POST is answered on its own with a JSON body, without a session. The tools
/// need none, and rmcp's sessions end after 5 idle minutes, which the official Python client does
/// not recover from ("Session terminated").
pub async fn serve<S>(server: S, addr: SocketAddr) -> anyhow::Result<()>
where
    S: ServerHandler + Clone + Send + Sync + 'static,
{
    use hyper_util::{rt::TokioIo, service::TowerToHyperService};

    anyhow::ensure!(addr.ip().is_loopback(), not_loopback(addr.ip()));
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|e| anyhow::anyhow!("cannot listen on {addr}: {e}"))?;
    let bound = listener.local_addr()?;
    // DNS rebinding and cross-site requests from a browser: the Host header must name loopback
    // (spelled out so that a change of rmcp's default cannot widen it, plus the bound IP for
    // 127.0.0.2 and the like), and an Origin, when a browser sends one, must be a loopback page.
    // Assistants send no Origin and pass.
    let config = StreamableHttpServerConfig::default()
        .with_allowed_hosts([
            "localhost".to_string(),
            "127.0.0.1".into(),
            "::1".into(),
            bound.ip().to_string(),
        ])
        .with_allowed_origins(["http://localhost:*", "http://127.0.0.1:*", "http://[::1]:*"])
        .with_legacy_session_mode(false)
        .with_json_response(true);
    let service = TowerToHyperService::new(StreamableHttpService::new(
        move || Ok(server.clone()),
        Arc::new(LocalSessionManager::default()),
        config,
    ));
    eprintln!("listening on http://{bound}/mcp");
    loop {
        let stream = match listener.accept().await {
            Ok((stream, _peer)) => stream,
            // Out of file descriptors and the like: one failed accept does not end the server.
            Err(e) => {
                tracing::warn!("mcp http: accept failed: {e}");
                tokio::time::sleep(std::time::Duration::from_millis(100)).await;
                continue;
            }
        };
        let service = service.clone();
        tokio::spawn(async move {
            // An error here is one client's connection (reset, malformed request): it ends alone.
            let _ = hyper::server::conn::http1::Builder::new()
                .serve_connection(TokioIo::new(stream), service)
                .await;
        });
    }
}

#[cfg(test)]
mod tests {
    use super::loopback_addr;

    #[test]
    fn only_loopback_addresses_are_accepted() {
        assert!(loopback_addr("127.0.0.1:0").is_ok());
        assert!(loopback_addr("[::1]:8765").is_ok());
        assert_eq!(loopback_addr("localhost:8765").unwrap().port(), 8765);
        for refused in ["0.0.0.0:8080", "192.168.1.5:80", "[::ffff:127.0.0.1]:80"] {
            let e = loopback_addr(refused).unwrap_err();
            assert!(e.contains("not a loopback address"), "{refused}: {e}");
        }
        assert!(loopback_addr("example.com:80")
            .unwrap_err()
            .starts_with("expected IP:PORT"));
    }
}
