"""Apache httpd as a digest-authenticating HTTPS front (mod_ssl, mod_auth_digest, mod_proxy)
with a certificate from a CA made on the spot, like an Ops Manager behind a company CA.
The same set-up as tests/apache.rs, for bench/compare.py.
"""
import os
import shutil
import socket
import subprocess
import tempfile
import time

USER, PASSWORD, REALM = "kzurbumc", "the-private-key", "MMS Public API"
MODULES = "/usr/lib/apache2/modules"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def make_ca(d):
    ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
    run = lambda *args: subprocess.run(["openssl", *args], cwd=d, check=True, capture_output=True)
    run("req", "-x509", *ec, "-keyout", "ca.key", "-out", "ca.pem", "-days", "2", "-subj", "/CN=Bench CA")
    run("req", *ec, "-keyout", "server.key", "-out", "server.csr", "-subj", "/CN=127.0.0.1")
    with open(os.path.join(d, "san.ext"), "w") as f:
        f.write("subjectAltName=IP:127.0.0.1,DNS:localhost\n")
    run("x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
        "-out", "server.pem", "-days", "2", "-extfile", "san.ext")


class Apache:
    """Apache on a free HTTPS port, authenticating `USER`/`PASSWORD` with digest and proxying
    every API (`/api`: the client calls the Admin API v2 and v1.0) to `backend` (host:port)."""

    def __init__(self, backend):
        for tool, package in (("apache2", "apache2"), ("htdigest", "apache2-utils"), ("openssl", "openssl")):
            if not shutil.which(tool):
                subprocess.run(["apt-get", "install", "-y", "-qq", package], check=True)
        self.dir = tempfile.mkdtemp(prefix="bench-apache-")
        os.chmod(self.dir, 0o755)  # Apache's workers (www-data) read the password file here
        d = self.dir
        subprocess.run(["htdigest", "-c", os.path.join(d, "digest.pw"), REALM, USER],
                       input=f"{PASSWORD}\n{PASSWORD}\n", text=True, check=True, capture_output=True)
        make_ca(d)
        self.port = free_port()
        config = f"""ServerName localhost
PidFile {d}/httpd.pid
ErrorLog {d}/error.log
User www-data
Group www-data
LoadModule mpm_event_module {MODULES}/mod_mpm_event.so
LoadModule authn_core_module {MODULES}/mod_authn_core.so
LoadModule authn_file_module {MODULES}/mod_authn_file.so
LoadModule authz_core_module {MODULES}/mod_authz_core.so
LoadModule authz_user_module {MODULES}/mod_authz_user.so
LoadModule auth_digest_module {MODULES}/mod_auth_digest.so
LoadModule proxy_module {MODULES}/mod_proxy.so
LoadModule proxy_http_module {MODULES}/mod_proxy_http.so
LoadModule ssl_module {MODULES}/mod_ssl.so
LoadModule socache_shmcb_module {MODULES}/mod_socache_shmcb.so
Listen 127.0.0.1:{self.port}
<VirtualHost 127.0.0.1:{self.port}>
    SSLEngine on
    SSLCertificateFile {d}/server.pem
    SSLCertificateKeyFile {d}/server.key
</VirtualHost>
<Location "/api">
    AuthType Digest
    AuthName "{REALM}"
    AuthDigestProvider file
    AuthUserFile {d}/digest.pw
    Require valid-user
    ProxyPass "http://{backend}/api"
</Location>
"""
        with open(os.path.join(d, "httpd.conf"), "w") as f:
            f.write(config)
        self.proc = subprocess.Popen(["apache2", "-f", os.path.join(d, "httpd.conf"), "-DFOREGROUND"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("apache did not start: " + open(os.path.join(d, "error.log")).read())

    @property
    def ca(self):
        return os.path.join(self.dir, "ca.pem")

    @property
    def base_url(self):
        return f"https://127.0.0.1:{self.port}"

    def stop(self):
        self.proc.terminate()
        self.proc.wait()
        shutil.rmtree(self.dir, ignore_errors=True)
