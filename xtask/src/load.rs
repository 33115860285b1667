//! `cargo xtask load [--seconds N] [--connections N] [--debug]`: a bounded load test of the
//! full-stack demo's page on loopback. Starts the server (release, or debug with `--debug`) on a
//! free port with a fresh database of 10 todos, then keeps N connections (default 64) busy with
//! keep-alive `GET /` for N seconds (default 10) from plain threads and blocking sockets (no
//! client dependency), and reports requests per second, latency percentiles and the server's
//! own render time (its `Server-Timing` header). Fails on any error or non-200 answer.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::process::{Child, Command};
use std::time::{Duration, Instant};

use crate::demo::build_server;
use crate::{number_arg, repo_root, target_dir};

/// What one connection measured.
#[derive(Default)]
struct Tally {
    latencies_us: Vec<u64>,
    render_us: Vec<u64>,
    errors: Vec<String>,
}

/// Parses the arguments, runs the test, prints the report.
pub(crate) fn run(args: &[&str]) -> Result<(), String> {
    let mut seconds = 10;
    let mut connections = 64;
    let mut release = true;
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match *arg {
            "--seconds" => seconds = number_arg("--seconds", rest.next())?,
            "--connections" => connections = number_arg("--connections", rest.next())?,
            "--debug" => release = false,
            other => return Err(format!("unknown argument `{other}` for cargo xtask load")),
        }
    }
    let root = repo_root();
    build_server(&root, release)?;
    let profile = if release { "release" } else { "debug" };
    let binary = target_dir(&root).join(profile).join("fullstack-server");
    let data_dir = std::env::temp_dir().join(format!("fullstack-load-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&data_dir);
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .map_err(|error| format!("no free port: {error}"))?
        .port();
    let address = SocketAddr::from(([127, 0, 0, 1], port));
    let mut server = Command::new(&binary)
        .env("PORT", port.to_string())
        .env("DATA_DIR", &data_dir)
        .env("ASSETS_DIR", root.join("examples/fullstack/dist"))
        .spawn()
        .map_err(|error| format!("cannot start {}: {error}", binary.display()))?;
    let result = measure(address, seconds, connections, profile);
    let stopped = stop(&mut server);
    let _ = std::fs::remove_dir_all(&data_dir);
    result.and(stopped)
}

fn measure(
    address: SocketAddr,
    seconds: usize,
    connections: usize,
    profile: &str,
) -> Result<(), String> {
    wait_until_up(address)?;
    let mut seed = connect(address)?;
    for n in 1..=10 {
        let body = format!(r#"{{"title":"Todo number {n}"}}"#);
        let (status, _) = exchange(&mut seed, "POST", "/api/todos", &body)?;
        if status != 201 {
            return Err(format!("seeding the todos failed: status {status}"));
        }
    }
    drop(seed);

    println!(
        "[load] {connections} connections × {seconds} s of GET / on http://{address}/ ({profile} server)"
    );
    let duration = Duration::from_secs(seconds as u64);
    let started = Instant::now();
    let workers: Vec<_> = (0..connections)
        .map(|_| std::thread::spawn(move || worker(address, started + duration)))
        .collect();
    let mut total = Tally::default();
    for worker in workers {
        let tally = worker
            .join()
            .map_err(|_| "a load thread panicked".to_owned())?;
        total.latencies_us.extend(tally.latencies_us);
        total.render_us.extend(tally.render_us);
        total.errors.extend(tally.errors);
    }
    let elapsed = started.elapsed().as_secs_f64();
    total.latencies_us.sort_unstable();
    total.render_us.sort_unstable();
    let count = total.latencies_us.len();
    let ms = |us: u64| us as f64 / 1000.0;
    println!("[load] requests: {count}, errors: {}", total.errors.len());
    println!(
        "[load] throughput: {:.0} requests/s",
        count as f64 / elapsed
    );
    println!(
        "[load] latency: p50 {:.2} ms, p90 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
        ms(percentile(&total.latencies_us, 50.0)),
        ms(percentile(&total.latencies_us, 90.0)),
        ms(percentile(&total.latencies_us, 99.0)),
        ms(total.latencies_us.last().copied().unwrap_or(0)),
    );
    println!(
        "[load] server render time to HTML (Server-Timing, 10 todos): p50 {:.3} ms, p99 {:.3} ms",
        ms(percentile(&total.render_us, 50.0)),
        ms(percentile(&total.render_us, 99.0)),
    );
    if let Some(first) = total.errors.first() {
        return Err(format!(
            "{} requests failed; the first: {first}",
            total.errors.len()
        ));
    }
    if count == 0 {
        return Err("no request completed".to_owned());
    }
    Ok(())
}

/// The value at percentile `p` of sorted `values` (nearest rank).
fn percentile(values: &[u64], p: f64) -> u64 {
    if values.is_empty() {
        return 0;
    }
    let rank = ((p / 100.0) * values.len() as f64).ceil() as usize;
    values[rank.clamp(1, values.len()) - 1]
}

fn worker(address: SocketAddr, deadline: Instant) -> Tally {
    let mut tally = Tally::default();
    let mut stream = None;
    while Instant::now() < deadline {
        let connection = match stream.take() {
            Some(connection) => Ok(connection),
            None => connect(address),
        };
        let mut connection = match connection {
            Ok(connection) => connection,
            Err(error) => {
                tally.errors.push(error);
                continue;
            }
        };
        let sent = Instant::now();
        match exchange(&mut connection, "GET", "/", "") {
            Ok((200, render_us)) => {
                tally.latencies_us.push(sent.elapsed().as_micros() as u64);
                tally.render_us.extend(render_us);
                stream = Some(connection);
            }
            Ok((status, _)) => tally.errors.push(format!("GET / answered {status}")),
            Err(error) => tally.errors.push(error),
        }
    }
    tally
}

fn connect(address: SocketAddr) -> Result<BufReader<TcpStream>, String> {
    let stream = TcpStream::connect_timeout(&address, Duration::from_secs(5))
        .map_err(|error| format!("connect: {error}"))?;
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .and_then(|()| stream.set_nodelay(true))
        .map_err(|error| format!("socket options: {error}"))?;
    Ok(BufReader::new(stream))
}

fn wait_until_up(address: SocketAddr) -> Result<(), String> {
    for _ in 0..200 {
        if TcpStream::connect_timeout(&address, Duration::from_millis(100)).is_ok() {
            return Ok(());
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    Err(format!("the server did not start listening on {address}"))
}

/// Sends one HTTP/1.1 request on a keep-alive connection and reads the answer: its status and
/// the `Server-Timing` render duration in µs, if any.
fn exchange(
    connection: &mut BufReader<TcpStream>,
    method: &str,
    path: &str,
    body: &str,
) -> Result<(u16, Option<u64>), String> {
    let request = format!(
        "{method} {path} HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{body}",
        body.len()
    );
    connection
        .get_mut()
        .write_all(request.as_bytes())
        .map_err(|error| format!("send: {error}"))?;
    let mut line = String::new();
    let mut read_line = |line: &mut String| {
        line.clear();
        match connection.read_line(line) {
            Ok(0) => Err("the server closed the connection".to_owned()),
            Ok(_) => Ok(()),
            Err(error) => Err(format!("receive: {error}")),
        }
    };
    read_line(&mut line)?;
    let status = line
        .split(' ')
        .nth(1)
        .and_then(|code| code.parse().ok())
        .ok_or_else(|| format!("not an HTTP status line: {line:?}"))?;
    let mut length = None;
    let mut render_us = None;
    loop {
        read_line(&mut line)?;
        let header = line.trim_end();
        if header.is_empty() {
            break;
        }
        let Some((name, value)) = header.split_once(':') else {
            continue;
        };
        let value = value.trim();
        if name.eq_ignore_ascii_case("content-length") {
            length = value.parse::<usize>().ok();
        } else if name.eq_ignore_ascii_case("server-timing") {
            render_us = value
                .split(", ")
                .find_map(|metric| metric.strip_prefix("render;dur="))
                .and_then(|ms| ms.parse::<f64>().ok())
                .map(|ms| (ms * 1000.0) as u64);
        }
    }
    let length = length.ok_or("an answer without content-length")?;
    let mut body = vec![0; length];
    connection
        .read_exact(&mut body)
        .map_err(|error| format!("receive body: {error}"))?;
    Ok((status, render_us))
}

/// Stops the server as Ctrl-C would and checks that it exits cleanly.
fn stop(server: &mut Child) -> Result<(), String> {
    let _ = Command::new("kill")
        .args(["-INT", &server.id().to_string()])
        .status();
    for _ in 0..100 {
        if let Ok(Some(status)) = server.try_wait() {
            return if status.success() {
                Ok(())
            } else {
                Err(format!("the server exited with {status} on SIGINT"))
            };
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let _ = server.kill();
    let _ = server.wait();
    Err("the server did not stop within 5 s of SIGINT".to_owned())
}
