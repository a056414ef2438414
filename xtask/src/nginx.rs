//! The kiosk's real web server for the tests: Debian's nginx running the kit's own site file
//! (`deploy/files/nginx-pasapas.conf`), with only its two paths and its address replaced, after
//! nginx's own validator (`nginx -t`) accepts it.

use crate::{root, run};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The site file as shipped in the kit.
const SITE: &str = "deploy/files/nginx-pasapas.conf";

/// A running nginx; it stops when dropped.
pub struct Nginx {
    child: Child,
    address: String,
    site: PathBuf,
}

impl Nginx {
    /// Serves `dist` on a free loopback port: the build at `/`, and its `config/` and `data/`
    /// folders where a kiosk PC has `/etc/pasapas/config/` and `/etc/pasapas/data/`.
    pub fn start(dist: &Path) -> Result<Self, String> {
        let folder = root().join("target").join("nginx");
        std::fs::create_dir_all(&folder).map_err(|e| format!("{}: {e}", folder.display()))?;
        let address = free_loopback_address()?;
        let shipped =
            std::fs::read_to_string(root().join(SITE)).map_err(|e| format!("{SITE}: {e}"))?;
        let dist = dist.display().to_string();
        let site_text = replace_all(&shipped, "127.0.0.1:8080", &address)?;
        let site_text = replace_all(&site_text, "/opt/pasapas/current", &dist)?;
        let site_text = replace_all(&site_text, "/etc/pasapas/", &format!("{dist}/"))?;
        let site = folder.join("pasapas.conf");
        write(&site, &site_text)?;
        let main = folder.join("nginx.conf");
        write(&main, &main_conf(&folder, &site))?;
        let config = main.display().to_string();
        let prefix = format!("{}/", folder.display());
        let log = folder.join("error.log").display().to_string();
        run(Command::new("nginx").args(["-t", "-q", "-p", &prefix, "-e", &log, "-c", &config]))?;
        let child = Command::new("nginx")
            .args(["-p", &prefix, "-e", &log, "-c", &config])
            .stdin(Stdio::null())
            .spawn()
            .map_err(|e| format!("could not start nginx: {e}"))?;
        let started = Instant::now();
        while TcpStream::connect(&address).is_err() {
            if started.elapsed() > Duration::from_secs(10) {
                return Err(format!("nginx does not answer on {address} (see {log})"));
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        eprintln!("\nnginx serves the build at http://{address}/ with {SITE}");
        Ok(Self {
            child,
            address,
            site,
        })
    }

    /// The address listened on, such as 127.0.0.1:41234.
    pub fn address(&self) -> &str {
        &self.address
    }

    /// The site file nginx runs (the shipped one, paths and address replaced).
    pub fn site(&self) -> &Path {
        &self.site
    }
}

impl Drop for Nginx {
    fn drop(&mut self) {
        // One process (master_process off), so stopping it stops the server.
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Replaces every `from` by `to`, and fails if there is none: a test must not silently run a
/// file whose paths were renamed.
fn replace_all(text: &str, from: &str, to: &str) -> Result<String, String> {
    if text.contains(from) {
        Ok(text.replace(from, to))
    } else {
        Err(format!(
            "{SITE} no longer contains {from}: update xtask/src/nginx.rs"
        ))
    }
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}

/// Debian's nginx.conf reduced to what a test run needs, every file in `folder`.
fn main_conf(folder: &Path, site: &Path) -> String {
    let f = folder.display();
    format!(
        "# Written by cargo xtask test: Debian's nginx.conf for one process in {f}.\n\
         daemon off;\nmaster_process off;\nworker_processes 1;\npid {f}/nginx.pid;\n\
         events {{ worker_connections 512; }}\n\
         http {{\n    include /etc/nginx/mime.types;\n    default_type application/octet-stream;\n\
         \x20   sendfile on;\n    access_log off;\n\
         \x20   client_body_temp_path {f}/body;\n    proxy_temp_path {f}/proxy;\n\
         \x20   fastcgi_temp_path {f}/fastcgi;\n    uwsgi_temp_path {f}/uwsgi;\n\
         \x20   scgi_temp_path {f}/scgi;\n    include {};\n}}\n",
        site.display()
    )
}

/// A loopback address with a port nobody listens on now.
fn free_loopback_address() -> Result<String, String> {
    let listener = TcpListener::bind("127.0.0.1:0").map_err(|e| format!("no free port: {e}"))?;
    listener
        .local_addr()
        .map(|a| a.to_string())
        .map_err(|e| format!("no free port: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_renamed_path_in_the_site_file_fails_loudly() {
        assert_eq!(
            replace_all("root /opt/pasapas/current;", "/opt/pasapas/current", "/d"),
            Ok("root /d;".to_string())
        );
        assert!(replace_all("root /srv/kiosk;", "/opt/pasapas/current", "/d").is_err());
    }
}
