// The simulated images: what each one does when started without a command override.
// Plain data, read like a table (kwok's stages are the model). Log templates may use
// {time:nginx|httpd|redis|mysql|go}, {podIP} and {hostname}; see ./templates.ts.

export type ImageBehavior =
  /** a server: prints startup lines, listens on a port, runs until killed */
  | { kind: 'server'; port: number; protocol: 'http' | 'tcp'; body?: string; logs: string[]; stopMs: number; needs?: ServerNeeds }
  /** runs a default command line through the image's shell (busybox `sh` exits at once with no tty) */
  | { kind: 'command'; argv: string[] }
  /** hashicorp/http-echo: answers every request with -text */
  | { kind: 'http-echo' };

/**
 * A server that answers only once another one is reachable (WordPress and its database): until then
 * every HTTP request, its probes' too, gets `status` with `body`. The address comes from an env var
 * (`host` or `host:port`), `defaultHost` when it is unset (the image's own default).
 */
export interface ServerNeeds {
  env: string;
  defaultHost: string;
  port: number;
  status: number;
  body: string;
}

export interface ImageEntry {
  /** repository as containerd names it: docker.io/library/nginx */
  name: string;
  tags: string[];
  sizeBytes: number;
  /** typical pull time on an AKS node, seconds (jittered ±15%) */
  pullSeconds: number;
  /** the image has /bin/sh, so `sh -c` command overrides work */
  shell: boolean;
  behavior: ImageBehavior;
  /**
   * Required environment (mysql, mariadb): without one of these variables the entrypoint
   * prints `logs` and exits with `code`.
   */
  requiresEnv?: { anyOf: string[]; logs: string[]; code: number };
  /** on the AKS node image already (system add-ons), so never pulled */
  preloaded?: boolean;
}

const NGINX_WELCOME = `<!DOCTYPE html>
<html>
<head>
<title>Welcome to nginx!</title>
<style>
html { color-scheme: light dark; }
body { width: 35em; margin: 0 auto;
font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
<h1>Welcome to nginx!</h1>
<p>If you see this page, the nginx web server is successfully installed and
working. Further configuration is required.</p>

<p>For online documentation and support please refer to
<a href="http://nginx.org/">nginx.org</a>.<br/>
Commercial support is available at
<a href="http://nginx.com/">nginx.com</a>.</p>

<p><em>Thank you for using nginx.</em></p>
</body>
</html>
`;

const NGINX_LOGS = [
  '/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration',
  '/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/',
  '/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh',
  '10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf',
  '10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf',
  '/docker-entrypoint.sh: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh',
  '/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh',
  '/docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh',
  '/docker-entrypoint.sh: Configuration complete; ready for start up',
  '{time:nginx} [notice] 1#1: using the "epoll" event method',
  '{time:nginx} [notice] 1#1: nginx/1.27.3',
  '{time:nginx} [notice] 1#1: built by gcc 12.2.0 (Debian 12.2.0-14) ',
  '{time:nginx} [notice] 1#1: OS: Linux 5.15.0-1079-azure',
  '{time:nginx} [notice] 1#1: getrlimit(RLIMIT_NOFILE): 1048576:1048576',
  '{time:nginx} [notice] 1#1: start worker processes',
  '{time:nginx} [notice] 1#1: start worker process 29',
  '{time:nginx} [notice] 1#1: start worker process 30',
];

const HTTPD_LOGS = [
  "AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using {podIP}. Set the 'ServerName' directive globally to suppress this message",
  "AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using {podIP}. Set the 'ServerName' directive globally to suppress this message",
  '[{time:httpd}] [mpm_event:notice] [pid 1:tid 1] AH00489: Apache/2.4.62 (Unix) configured -- resuming normal operations',
  "[{time:httpd}] [core:notice] [pid 1:tid 1] AH00094: Command line: 'httpd -D FOREGROUND'",
];

// wordpress:6.6-apache's entrypoint copies WordPress into the volume, writes wp-config.php from the
// WORDPRESS_DB_* variables, then starts Apache (docker-library/wordpress docker-entrypoint.sh)
const WORDPRESS_LOGS = [
  'WordPress not found in /var/www/html - copying now...',
  'Complete! WordPress has been successfully copied to /var/www/html',
  "No 'wp-config.php' found in /var/www/html, but 'WORDPRESS_...' variables supplied; copying 'wp-config-docker.php' (WORDPRESS_DB_HOST WORDPRESS_DB_NAME WORDPRESS_DB_PASSWORD WORDPRESS_DB_USER)",
  "AH00558: apache2: Could not reliably determine the server's fully qualified domain name, using {podIP}. Set the 'ServerName' directive globally to suppress this message",
  "AH00558: apache2: Could not reliably determine the server's fully qualified domain name, using {podIP}. Set the 'ServerName' directive globally to suppress this message",
  '[{time:httpd}] [mpm_prefork:notice] [pid 1:tid 1] AH00163: Apache/2.4.62 (Debian) PHP/8.2.24 configured -- resuming normal operations',
  "[{time:httpd}] [core:notice] [pid 1:tid 1] AH00094: Command line: 'apache2 -D FOREGROUND'",
];

// what WordPress answers while its database cannot be reached (wp-includes/functions.php dead_db)
const WORDPRESS_NO_DB = `<!DOCTYPE html>
<html lang="en-US">
<head>
	<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
	<meta name="viewport" content="width=device-width">
	<meta name='robots' content='max-image-preview:large, noindex, follow' />
	<title>Database Error</title>
</head>
<body id="error-page">
	<div class="wp-die-message"><h1>Error establishing a database connection</h1></div>
</body>
</html>
`;

// the first page of a fresh WordPress (wp-admin/install.php), served at / without the redirect
const WORDPRESS_INSTALL = `<!DOCTYPE html>
<html lang="en-US">
<head>
	<meta name="viewport" content="width=device-width" />
	<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
	<meta name="robots" content="noindex,nofollow" />
	<title>WordPress &rsaquo; Installation</title>
	<link rel='stylesheet' id='install-css' href='/wp-admin/css/install.min.css?ver=6.6.2' type='text/css' media='all' />
</head>
<body class="wp-core-ui language-chooser">
<p id="logo">WordPress</p>
<h1>Welcome</h1>
<p>Welcome to the famous five-minute WordPress installation process! Just fill in the information below and you&#8217;ll be on your way to using the most extendable and powerful personal publishing platform in the world.</p>
<h2>Information needed</h2>
<p>Please provide the following information. Do not worry, you can always change these settings later.</p>
<form id="setup" method="post" action="install.php?step=2" novalidate="novalidate">
	<table class="form-table" role="presentation">
		<tr><th scope="row"><label for="weblog_title">Site Title</label></th><td><input name="weblog_title" type="text" id="weblog_title" size="25" value="" /></td></tr>
		<tr><th scope="row"><label for="user_login">Username</label></th><td><input name="user_name" type="text" id="user_login" size="25" value="" /></td></tr>
		<tr><th scope="row"><label for="pass1">Password</label></th><td><input type="password" name="admin_password" id="pass1" class="regular-text" autocomplete="new-password" /></td></tr>
		<tr><th scope="row"><label for="admin_email">Your Email</label></th><td><input name="admin_email" type="email" id="admin_email" size="25" value="" /></td></tr>
	</table>
	<p class="step"><input type="submit" name="Submit" id="submit" class="button button-large" value="Install WordPress" /></p>
</form>
</body>
</html>
`;

const REDIS_LOGS = [
  '1:C {time:redis} * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo',
  '1:C {time:redis} * Redis version=7.4.1, bits=64, commit=00000000, modified=0, pid=1, just started',
  '1:C {time:redis} # Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf',
  '1:M {time:redis} * monotonic clock: POSIX clock_gettime',
  '1:M {time:redis} * Running mode=standalone, port=6379.',
  '1:M {time:redis} * Server initialized',
  '1:M {time:redis} * Ready to accept connections tcp',
];

const MYSQL_NO_PASSWORD = [
  '{time:mysql}+00:00 [Note] [Entrypoint]: Entrypoint script for MySQL Server 8.4.3-1.el9 started.',
  "{time:mysql}+00:00 [Note] [Entrypoint]: Switching to dedicated user 'mysql'",
  '{time:mysql}+00:00 [Note] [Entrypoint]: Entrypoint script for MySQL Server 8.4.3-1.el9 started.',
  '{time:mysql}+00:00 [ERROR] [Entrypoint]: Database is uninitialized and password option is not specified',
  '    You need to specify one of the following as an environment variable:',
  '    - MYSQL_ROOT_PASSWORD',
  '    - MYSQL_ALLOW_EMPTY_PASSWORD',
  '    - MYSQL_RANDOM_ROOT_PASSWORD',
];

const MYSQL_LOGS = [
  '{time:mysql}+00:00 [Note] [Entrypoint]: Entrypoint script for MySQL Server 8.4.3-1.el9 started.',
  '{time:mysql}+00:00 [Note] [Entrypoint]: Initializing database files',
  '{time:mysql}+00:00 [Note] [Entrypoint]: MySQL init process done. Ready for start up.',
  '{time:mysqld} 0 [System] [MY-010931] [Server] /usr/sbin/mysqld: ready for connections. Version: \'8.4.3\'  socket: \'/var/run/mysqld/mysqld.sock\'  port: 3306  MySQL Community Server - GPL.',
];

const MARIADB_NO_PASSWORD = [
  '{time:mysql}+00:00 [Note] [Entrypoint]: Entrypoint script for MariaDB Server 1:11.4.4+maria~ubu2404 started.',
  '{time:mysql}+00:00 [ERROR] [Entrypoint]: Database is uninitialized and password option is not specified',
  '\tYou need to specify one of MARIADB_ROOT_PASSWORD, MARIADB_ROOT_PASSWORD_HASH, MARIADB_ALLOW_EMPTY_ROOT_PASSWORD and MARIADB_RANDOM_ROOT_PASSWORD',
];

const MARIADB_LOGS = [
  '{time:mysql}+00:00 [Note] [Entrypoint]: Entrypoint script for MariaDB Server 1:11.4.4+maria~ubu2404 started.',
  '{time:mysql}+00:00 [Note] [Entrypoint]: MariaDB init process done. Ready for start up.',
  "{time:mysqld} 0 [Note] mariadbd: ready for connections.\nVersion: '11.4.4-MariaDB-ubu2404'  socket: '/run/mysqld/mysqld.sock'  port: 3306  mariadb.org binary distribution",
];

const INGRESS_NGINX_LOGS = [
  '-------------------------------------------------------------------------------',
  'NGINX Ingress controller',
  '  Release:       v1.12.1',
  '  Build:         51c2b819690bbf1709b844dbf321a9acf6eda5a7',
  '  Repository:    https://github.com/kubernetes/ingress-nginx',
  '  nginx version: nginx/1.25.5',
  '',
  '-------------------------------------------------------------------------------',
  '',
  'I0106 09:00:05.000000       7 main.go:205] "Creating API client" host="https://10.0.0.1:443"',
  'I0106 09:00:05.000000       7 nginx.go:273] "Starting NGINX Ingress controller"',
  'I0106 09:00:05.000000       7 controller.go:196] "Backend successfully reloaded"',
];

function system(name: string, tags: string[], port: number, logs: string[]): ImageEntry {
  return { name, tags, sizeBytes: 30_000_000, pullSeconds: 2, shell: false, preloaded: true, behavior: { kind: 'server', port, protocol: 'tcp', logs, stopMs: 1000 } };
}

export const IMAGES: readonly ImageEntry[] = [
  {
    name: 'docker.io/library/nginx',
    // tags the Kubernetes docs' examples use (nginx:1.14.2, 1.16.1, busybox:1.28) pull as on a real cluster
    // and 1.16.0, the appVersion of `helm create`'s chart
    tags: ['latest', '1.29', '1.28', '1.28.0', '1.27', '1.27.3', '1.26', '1.26.2', '1.25', '1.25.5', '1.24', '1.23', '1.22', '1.21', '1.20', '1.19', '1.18', '1.17', '1.16', '1.16.1', '1.16.0', '1.14.2', '1.7.9', 'stable', 'mainline', 'alpine', '1.27-alpine'],
    sizeBytes: 72_955_450,
    pullSeconds: 3.4,
    shell: true,
    behavior: { kind: 'server', port: 80, protocol: 'http', body: NGINX_WELCOME, logs: NGINX_LOGS, stopMs: 1000 },
  },
  { name: 'docker.io/library/busybox', tags: ['latest', '1.37', '1.36', '1.36.1', '1.35', '1.34', '1.28', 'stable'], sizeBytes: 2_167_176, pullSeconds: 1.2, shell: true, behavior: { kind: 'command', argv: ['sh'] } },
  // the Kubernetes docs' examples (liveness probes, init containers) use this one
  { name: 'registry.k8s.io/busybox', tags: ['latest', '1.27.2', '1.27', '1.24'], sizeBytes: 1_144_547, pullSeconds: 1.0, shell: true, behavior: { kind: 'command', argv: ['sh'] } },
  { name: 'docker.io/library/alpine', tags: ['latest', '3.21', '3.20', '3.19'], sizeBytes: 3_645_706, pullSeconds: 1.3, shell: true, behavior: { kind: 'command', argv: ['/bin/sh'] } },
  { name: 'docker.io/library/ubuntu', tags: ['latest', '24.04', '22.04', 'noble', 'jammy'], sizeBytes: 29_754_290, pullSeconds: 2.6, shell: true, behavior: { kind: 'command', argv: ['/bin/bash'] } },
  {
    name: 'docker.io/library/httpd',
    tags: ['latest', '2.4', '2.4.62', 'alpine'],
    sizeBytes: 58_163_118,
    pullSeconds: 3.0,
    shell: true,
    behavior: { kind: 'server', port: 80, protocol: 'http', body: '<html><body><h1>It works!</h1></body></html>\n', logs: HTTPD_LOGS, stopMs: 1000 },
  },
  { name: 'docker.io/library/redis', tags: ['latest', '7', '7.4', '7.4.1', '7.2', 'alpine'], sizeBytes: 45_231_962, pullSeconds: 2.9, shell: true, behavior: { kind: 'server', port: 6379, protocol: 'tcp', logs: REDIS_LOGS, stopMs: 300 } },
  {
    name: 'docker.io/library/mysql',
    tags: ['latest', '8.4', '8.4.3', '8.0', 'lts'],
    sizeBytes: 172_457_902,
    pullSeconds: 9.5,
    shell: true,
    requiresEnv: { anyOf: ['MYSQL_ROOT_PASSWORD', 'MYSQL_ALLOW_EMPTY_PASSWORD', 'MYSQL_RANDOM_ROOT_PASSWORD'], logs: MYSQL_NO_PASSWORD, code: 1 },
    behavior: { kind: 'server', port: 3306, protocol: 'tcp', logs: MYSQL_LOGS, stopMs: 2000 },
  },
  {
    name: 'docker.io/library/mariadb',
    tags: ['latest', '11.4', '11', '10.11', 'lts'],
    sizeBytes: 110_875_011,
    pullSeconds: 7.0,
    shell: true,
    requiresEnv: { anyOf: ['MARIADB_ROOT_PASSWORD', 'MARIADB_ALLOW_EMPTY_ROOT_PASSWORD', 'MARIADB_RANDOM_ROOT_PASSWORD', 'MYSQL_ROOT_PASSWORD'], logs: MARIADB_NO_PASSWORD, code: 1 },
    behavior: { kind: 'server', port: 3306, protocol: 'tcp', logs: MARIADB_LOGS, stopMs: 2000 },
  },
  {
    name: 'docker.io/library/wordpress',
    // the stable/wordpress chart's image (charts/stable/wordpress)
    tags: ['latest', '6.6-apache', '6.6', '6'],
    sizeBytes: 246_291_331,
    pullSeconds: 11,
    shell: true,
    // wp-config.php reads WORDPRESS_DB_HOST (default "mysql"); without a database every page is wp_die()'s 500
    behavior: { kind: 'server', port: 80, protocol: 'http', body: WORDPRESS_INSTALL, logs: WORDPRESS_LOGS, stopMs: 1000, needs: { env: 'WORDPRESS_DB_HOST', defaultHost: 'mysql', port: 3306, status: 500, body: WORDPRESS_NO_DB } },
  },
  { name: 'docker.io/hashicorp/http-echo', tags: ['latest', '1.0', '1.0.0', '0.2.3'], sizeBytes: 3_491_046, pullSeconds: 1.4, shell: false, behavior: { kind: 'http-echo' } },
  {
    name: 'mcr.microsoft.com/azuredocs/aks-helloworld',
    tags: ['v1'],
    sizeBytes: 347_196_234,
    pullSeconds: 14,
    shell: true,
    behavior: { kind: 'server', port: 80, protocol: 'http', body: '<!DOCTYPE html>\n<html>\n<head><title>Welcome to Azure Kubernetes Service (AKS)</title></head>\n<body><h1>Welcome to Azure Kubernetes Service (AKS)</h1></body>\n</html>\n', logs: ['Checking for script in /app/prestart.sh', 'Running script /app/prestart.sh', "Running inside /app/prestart.sh, you could add migrations to this file, e.g.:", '2025-01-06 09:00:05,000 INFO Included extra file "/etc/supervisor/conf.d/supervisord.conf" during parsing', '2025-01-06 09:00:05,000 INFO success: nginx entered RUNNING state, process has stayed up for > than 1 seconds (startsecs)'], stopMs: 1000 },
  },
  // the Kubernetes docs' memory and CPU tasks: `stress --vm 1 --vm-bytes 250M --vm-hang 1` (./stress.ts)
  { name: 'docker.io/polinux/stress', tags: ['latest', '1.0.4'], sizeBytes: 4_043_132, pullSeconds: 1.6, shell: true, behavior: { kind: 'command', argv: ['stress'] } },
  // ingress-nginx's controller (../../network/ingress): nginx answering on 80/443, proxying by Ingress rules
  {
    name: 'registry.k8s.io/ingress-nginx/controller',
    tags: ['v1.12.1', 'v1.12.0', 'v1.11.5'],
    sizeBytes: 105_913_614,
    pullSeconds: 6.5,
    shell: true,
    behavior: { kind: 'server', port: 80, protocol: 'http', body: '<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n<center><h1>404 Not Found</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n', logs: INGRESS_NGINX_LOGS, stopMs: 1000 },
  },
  { name: 'registry.k8s.io/pause', tags: ['3.10', '3.9'], sizeBytes: 320_368, pullSeconds: 0.6, shell: false, preloaded: true, behavior: { kind: 'server', port: 0, protocol: 'tcp', logs: [], stopMs: 0 } },
  // AKS add-ons: on the node image already
  system('mcr.microsoft.com/oss/v2/kubernetes/coredns', ['v1.11.3-8'], 53, ['.:53', '[INFO] plugin/reload: Running configuration SHA512 = 0d2dbbf1fc1ee2fa1d8e7c5ae1e2e5f4c1c0b0c6e4c8b7d1f7a1e3a0d1b2c3d4', 'CoreDNS-1.11.3', 'linux/amd64, go1.22.7, '],),
  system('mcr.microsoft.com/oss/v2/kubernetes/autoscaler/cluster-proportional-autoscaler', ['v1.8.11-5'], 0, ['I0106 09:00:05.000000       1 autoscaler.go:49] Scaling Namespace: kube-system, Target: deployment/coredns']),
  system('mcr.microsoft.com/oss/v2/kubernetes/metrics-server', ['v0.7.2-3'], 4443, ['I0106 09:00:05.000000       1 serving.go:380] Generated self-signed cert (/tmp/apiserver.crt, /tmp/apiserver.key)', 'I0106 09:00:05.000000       1 secure_serving.go:213] Serving securely on [::]:4443']),
  system('mcr.microsoft.com/oss/kubernetes/apiserver-network-proxy/agent', ['v0.30.3-hotfix.20240819'], 8093, ['I0106 09:00:05.000000       1 options.go:148] AgentCert set to "/certs/client.crt".', 'I0106 09:00:05.000000       1 client.go:531] "Connect to server" serverID="ea3f8e9c"']),
  system('mcr.microsoft.com/oss/kubernetes/kube-proxy', ['v1.32.6'], 10256, ['I0106 09:00:05.000000       1 server_linux.go:66] "Using iptables proxy"', 'I0106 09:00:05.000000       1 server.go:677] "Successfully retrieved node IP(s)" IPs=["10.224.0.4"]', 'I0106 09:00:05.000000       1 shared_informer.go:320] Caches are synced for service config']),
  system('mcr.microsoft.com/aks/ip-masq-agent-v2', ['v0.1.15'], 0, ['I0106 09:00:05.000000       1 ip-masq-agent.go:190] ip-masq-agent-v2 started']),
  system('mcr.microsoft.com/oss/kubernetes/azure-cloud-node-manager', ['v1.32.5'], 10258, ['I0106 09:00:05.000000       1 nodemanager.go:140] Sending events to api server.']),
];

const BY_NAME = new Map(IMAGES.map((e) => [e.name, e]));

export function findImage(fullNameWithoutTag: string): ImageEntry | undefined {
  return BY_NAME.get(fullNameWithoutTag);
}
