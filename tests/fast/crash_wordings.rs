//! One condition in every runtime's words (session 16): each line is written from where the
//! runtime or library defines the message (the C library's strerror as CPython's OSError, the
//! JDK's ProcessImpl and NIO, Ruby's Errno, .NET's Process and IO, Rust's io::Error quote it;
//! libuv's codes in Node; Go's syscall texts; busybox; the BEAM's inet errors; database servers'
//! and drivers' authentication and TLS refusals; the frameworks' missing-setting errors), not
//! from a pasted sample. Real samples of the same forms are in `tests/corpus/real/
//! crash-keylines.jsonl`. A line here is read by the signature beside it, alone in its tail.

use ecs_autopsy::crash::recognise;

const WORDINGS: &[(&str, &str)] = &[
    // Session 28: a Kubernetes program outside a cluster (client-go's ErrNotInCluster and
    // ErrEmptyConfig, the Python client's ConfigException, the pod's service-account token);
    // servers refusing root (OpenSearch, memcached); rustls without a provider; node-gyp-build
    // with no prebuilt binary for the image; EAI_SERVICE in Node's words.
    ("k8s.not_in_cluster", "E1207 10:00:00.000000       1 main.go:42] unable to build config: invalid configuration: no configuration has been provided, try setting KUBERNETES_MASTER environment variable"),
    ("k8s.not_in_cluster", "kubernetes.config.config_exception.ConfigException: Invalid kube-config file. No configuration found."),
    ("k8s.not_in_cluster", "FileNotFoundError: [Errno 2] No such file or directory: '/var/run/secrets/kubernetes.io/serviceaccount/namespace'"),
    ("root.refused", "java.lang.RuntimeException: can not run opensearch as root"),
    ("root.refused", "can't run as root without the -u switch"),
    ("rustls.no_provider", "no process-level CryptoProvider available -- call CryptoProvider::install_default() before this point"),
    ("lib.wrong_platform", "Error: No native build was found for platform=linux arch=x64 runtime=node abi=127 uv=1 libc=musl node=22.11.0"),
    ("net.service_name", "Error: getaddrinfo EAI_SERVICE ntp"),
    // Go's flag package under an indenting logger; ld.so's refusal wrapped after the library.
    ("cli.bad_args", "   flag provided but not defined: -config"),
    ("lib.missing", "/usr/local/bin/app: error while loading shared libraries: libssl.so.3:"),
    ("gpu.arch_unsupported", "RuntimeError: CUDA error: no kernel image is available for execution on the device"),
    ("root.refused", "prterun has detected an attempt to run as root."),
    // rustls-native-certs without a CA bundle; frameworks' Node.js version checks; a non-Postgres
    // URL given to libpq and pgx; serde's unknown configuration key.
    ("net.tls", "Error: couldn't load native certificates: no native root CA certificates found (errors: [])"),
    ("runtime.too_old", "You are using Node.js 16.20.2. For Next.js, Node.js version \"^18.18.0 || ^19.8.0 || >= 20.0.0\" is required."),
    ("runtime.too_old", "You are using Node.js 18.19.1. Vite requires Node.js version 20.19+ or 22.12+. Please upgrade your Node.js version."),
    ("db.url", "FATAL failed to connect: missing \"=\" after \"mysql://app@db/app\" in connection info string"),
    ("db.url", "failed to connect to database: cannot parse `sqlite:///data/app.db`: failed to parse as keyword/value (invalid keyword/value)"),
    // iptables-nft's first netlink request refused without CAP_NET_ADMIN.
    ("cap.net_admin", "iptables v1.8.10 (nf_tables): Could not fetch rule set generation id: Operation not permitted"),
    // sudo's own set_perms.c refusals when the container may not change user.
    ("user.switch_denied", "sudo: setresuid() [0, 0, 0] -> [1000, -1, -1]: Operation not permitted"),
    // Boost.Program_options' refusal (mongod); a chown refused in Go's and an entrypoint's words.
    ("cli.bad_args", "Error parsing command line: unrecognised option '--nojournal'"),
    ("fs.permission", "level=fatal msg=\"chown /data/db: operation not permitted\""),
    ("caddy.config", "run: adapting config using caddyfile: /etc/caddy/Caddyfile:3: unrecognized directive: reverse_proxi"),
    ("config.unknown_key", "Error: failed to load config /etc/app/config.toml: unknown field `listen_adress`, expected one of `listen_address`, `log_level`"),
    // A device node missing, in Go's words: never a file.
    ("device.missing", "level=fatal msg=\"failed to open tun device: open /dev/net/tun: no such file or directory\""),
    ("config.missing_file", "FATAL: configuration file does not exist: /etc/app/config.toml"),
    // 389 Directory Server's /dev/shm check; systemd's spawn of a unit's missing program.
    ("shm.too_small", "ns-slapd[42]: ERR - bdb_no_diskspace - No enough space left on device (/dev/shm/slapd-EXAMPLE-TEST) (67104768 bytes); at least 164461608 bytes space is needed for db region files"),
    ("exec.not_found", "app.service: Failed at step EXEC spawning /usr/local/bin/app: No such file or directory"),
    // Dovecot's open() failure; getopt's refusals in glibc's and busybox's words.
    ("config.missing_file", "doveconf: Fatal: Error in configuration file /etc/dovecot/conf.d/10-ssl.conf line 12: ssl_cert: open(/etc/ssl/dovecot/server.pem) failed: No such file or directory"),
    ("cli.bad_args", "tar: invalid option -- 'J'"),
    ("cli.bad_args", "/usr/sbin/sshd: unrecognized option '--foreground'"),
    // Airflow's and MLflow's own checks of their database's schema.
    ("db.migration_state", "ERROR: You need to initialize the database. Please run `airflow db init`. Make sure the command is run using Airflow version 2.7.1."),
    ("db.migration_state", "mlflow.exceptions.MlflowException: Detected out-of-date database schema (found version 97c46bd6c7, but expected 3500859a5d39). Take a backup of your database, then run 'mlflow db upgrade <database_uri>' to migrate your database to the latest schema."),
    // MySQL clients without the server's authentication plugin, in libmysqlclient's,
    // mysqlnd's and mysqljs' words.
    ("db.auth_plugin", "ERROR 2059 (HY000): Authentication plugin 'caching_sha2_password' cannot be loaded: /usr/lib/mysql/plugin/caching_sha2_password.so: cannot open shared object file: No such file or directory"),
    ("db.auth_plugin", "PDOException: PDO::__construct(): The server requested authentication method unknown to the client [caching_sha2_password]"),
    ("db.auth_plugin", "Error: ER_NOT_SUPPORTED_AUTH_MODE: Client does not support authentication protocol requested by server; consider upgrading MySQL client"),
    // Go without cgo: os/user's and os.UserHomeDir's missing $HOME, go-sqlite3's stub; initdb
    // unable to chmod a data directory it does not own.
    ("config.missing_env", "2026/12/07 10:00:00 failed to load config: $HOME is not defined"),
    ("go.sqlite_without_cgo", "failed to open database: Binary was compiled with 'CGO_ENABLED=0', go-sqlite3 requires cgo to work. This is a stub"),
    ("db.data_dir_owner", "initdb: error: could not change permissions of directory \"/var/lib/postgresql/data\": Operation not permitted"),
    // A program that drives Docker without the host's socket (the Docker client's and Go's
    // words); a client requiring TLS from a database that offers none (lib/pq, pgx, libpq,
    // pgJDBC); Valkey's configuration header; glibc's EAI_ADDRFAMILY for a [::] listener.
    ("docker.socket", "time=\"2026-12-07T10:00:00Z\" level=fatal msg=\"Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\""),
    ("docker.socket", "level=error msg=\"Failed to retrieve information of the docker client and server host: error during connect: dial unix /var/run/docker.sock: connect: no such file or directory\" providerName=docker"),
    ("db.tls_unsupported", "failed to connect to `host=db user=app database=app`: server refused TLS connection"),
    ("db.tls_unsupported", "psycopg2.OperationalError: server does not support SSL, but SSL was required"),
    ("db.tls_unsupported", "org.postgresql.util.PSQLException: The server does not support SSL."),
    ("redis.config", "*** FATAL CONFIG FILE ERROR (Valkey 8.0.1) ***"),
    ("net.ipv6_unavailable", "Code: 36. DB::Exception: Listen [::]:8123 failed: Poco::Exception. Code: 1000, e.code() = 0, DNS error: EAI: Address family for hostname not supported"),
    // .NET without culture data under code that needs one (CoreLib; SqlClient); ASP.NET Core's
    // host logging a Startup's exception.
    ("dotnet.invariant_globalization", "System.Globalization.CultureNotFoundException: Only the invariant culture is supported in globalization-invariant mode. See https://aka.ms/GlobalizationInvariantMode for more information. (Parameter 'name')"),
    ("dotnet.unhandled", "Application startup exception: System.InvalidOperationException: No service for type 'App.Options' has been registered."),
    // The JVM's LinkageErrors for a member or class that changed between library versions.
    ("java.linkage", "Exception in thread \"main\" java.lang.AbstractMethodError: Receiver class org.example.Impl does not define or inherit an implementation of the resolved method 'abstract void run()' of interface org.example.Task."),
    ("java.linkage", "Caused by: java.lang.NoSuchFieldError: INSTANCE"),
    ("java.linkage", "java.lang.IncompatibleClassChangeError: Found interface org.objectweb.asm.ClassVisitor, but class was expected"),
    ("otel.config", r#"* error decoding 'exporters': unknown type: "logging" for id: "logging" (valid values: [debug otlp otlphttp file])"#),
    // The Cloud Native Buildpacks launcher (lifecycle launch/launcher.go) with no process to
    // run; erlexec's missing $HOME; the BEAM's distribution on an IPv6 the container lacks
    // (net_kernel.erl); Click's usage errors (session 27).
    ("buildpack.no_process", "ERROR: failed to launch: determine start command: process type worker was not found"),
    ("config.missing_env", "erlexec: HOME must be set"),
    ("net.ipv6_unavailable", "Protocol 'inet6_tcp': register/listen error: eaddrnotavail"),
    ("cli.bad_args", "Error: No such command 'serve'."),
    ("cli.bad_args", "Error: Got unexpected extra argument (--reload)"),
    // Session 27: each server's undefined-table error as its client libraries quote it
    // (PostgreSQL's 42P01 in psycopg, asyncpg, Ruby pg, PDO, pgJDBC, Npgsql, lib/pq, pgx,
    // node-postgres and TypeORM; MySQL's 1146 in PyMySQL, Go's driver, PDO and Connector/J;
    // SQLite's sqlite3LocateTable; SQL Server's error 208; Oracle's ORA-00942; Prisma's P2021).
    ("db.schema_missing", r#"psycopg.errors.UndefinedTable: relation "users" does not exist"#),
    ("db.schema_missing", r#"asyncpg.exceptions.UndefinedTableError: relation "users" does not exist"#),
    ("db.schema_missing", r#"ActiveRecord::StatementInvalid: PG::UndefinedTable: ERROR:  relation "users" does not exist"#),
    ("db.schema_missing", r#"PHP Fatal error:  Uncaught PDOException: SQLSTATE[42P01]: Undefined table: 7 ERROR:  relation "users" does not exist"#),
    ("db.schema_missing", r#"org.postgresql.util.PSQLException: ERROR: relation "users" does not exist"#),
    ("db.schema_missing", r#"Npgsql.PostgresException (0x80004005): 42P01: relation "users" does not exist"#),
    ("db.schema_missing", r#"2026/12/07 10:00:00 pq: relation "users" does not exist"#),
    ("db.schema_missing", r#"ERROR: relation "users" does not exist (SQLSTATE 42P01)"#),
    ("db.schema_missing", r#"error: relation "users" does not exist"#),
    ("db.schema_missing", r#"QueryFailedError: relation "users" does not exist"#),
    ("db.schema_missing", r#"** (Postgrex.Error) ERROR 42P01 (undefined_table) relation "users" does not exist"#),
    ("db.schema_missing", r#"pymysql.err.ProgrammingError: (1146, "Table 'app.users' doesn't exist")"#),
    ("db.schema_missing", "Error 1146 (42S02): Table 'app.users' doesn't exist"),
    ("db.schema_missing", "SQLSTATE[42S02]: Base table or view not found: 1146 Table 'app.users' doesn't exist"),
    ("db.schema_missing", "java.sql.SQLSyntaxErrorException: Table 'app.users' doesn't exist"),
    ("db.schema_missing", "sqlite3.OperationalError: no such table: users"),
    ("db.schema_missing", "Microsoft.Data.SqlClient.SqlException (0x80131904): Invalid object name 'dbo.Users'."),
    ("db.schema_missing", "java.sql.SQLSyntaxErrorException: ORA-00942: table or view does not exist"),
    ("db.schema_missing", "Invalid `prisma.user.findMany()` invocation: The table `public.User` does not exist in the current database."),
    // Session 26, each from its source: Julia's processor.cpp, ClickHouse's environment checks,
    // the mongo image's entrypoint, NumPy's npy_cpu_features.c and Bun's start-up warning (a
    // CPU without the image's instruction set); a mandatory variable in an entrypoint's words;
    // argparse's refusal as Airflow's parser prints it.
    ("native.illegal_instruction", "ERROR: Unable to find compatible target in system image."),
    ("native.illegal_instruction", "Instruction check fail. The CPU does not support SSSE3 instruction set."),
    ("native.illegal_instruction", "WARNING: MongoDB 5.0+ requires a CPU with AVX support, and your current system does not appear to have that!"),
    ("native.illegal_instruction", "RuntimeError: NumPy was built with baseline optimizations: (X86_V2) but your machine doesn't support: (X86_V2)."),
    ("native.illegal_instruction", "warn: CPU lacks AVX support, strange crashes may occur. Reinstall Bun or use *-baseline build:"),
    ("config.missing_env", "Missing mandatory environment variable DATABASE_URL."),
    ("cli.bad_args", "airflow command error: argument GROUP_OR_COMMAND: invalid choice: 'bash' (choose from 'celery', 'config', 'db'), see help above."),
    // Prisma's library engine for another platform, and Migrate's P3005.
    ("lib.wrong_platform", r#"PrismaClientInitializationError: Query engine library for current platform "linux-musl-openssl-3.0.x" could not be found."#),
    ("db.migration_state", "Error: P3005: The database schema is not empty. Read more about how to baseline an existing production database: https://pris.ly/d/migrate-baseline"),
    // A PHP server's own check of its PID file (Swoft, think-swoole).
    ("lock.held", "The HTTP server have been running!(PID: 7)"),
    ("lock.held", "swoole http server process is already running."),
    // runc before 1.1 quotes Go's LookPath error with escaped quotes.
    ("exec.not_found", r#"docker: Error response from daemon: OCI runtime create failed: container_linux.go:349: starting container process caused "exec: \"/app/run\": stat /app/run: no such file or directory": unknown."#),
    ("exec.not_found", r#"container_linux.go:345: starting container process caused "exec: \"uvicorn\": executable file not found in $PATH""#),
    // dash running a script names the script (its $0).
    ("shell.command_not_found", "/docker-entrypoint.sh: 12: exec: su-exec: not found"),
    // MySQL's mysys and server errors with errno 2.
    ("config.missing_file", "2026-12-07 10:00:00 0 [ERROR] Can't open file: './app/users.frm' (errno: 2 - No such file or directory)"),
    ("config.missing_file", "mysqld: Can't read dir of '/etc/mysql/conf.d/' (Errcode: 2 - No such file or directory)"),
    // Session 25, each from its source: Redis's rdb.c and aof.c; SQLite's sqlite3ErrStr as its
    // drivers pass it on; EEXIST in coreutils', Go's and libuv's words; bash's [[ ]] parser; the
    // CLI libraries' refusals; DuckDB's and Badger's locks; OpenBLAS's and Node's thread start.
    ("redis.data_corrupt", "1:M 07 Dec 2026 10:00:00.000 # Wrong RDB checksum expected: (0x1a2b) but got (0x3c4d). Aborting now."),
    ("redis.data_corrupt", "1:M 07 Dec 2026 10:00:00.000 # Unexpected end of file reading the append only file appendonly.aof.1.incr.aof. You can: 1) Make a backup of your AOF file, then use ./redis-check-aof --fix <filename.manifest>. 2) Alternatively you can set the 'aof-load-truncated' configuration option to yes and restart the server."),
    ("sqlite.readonly", "Error: SQLITE_READONLY: attempt to write a readonly database"),
    ("sqlite.locked", "sqlite3.OperationalError: database is locked"),
    ("sqlite.corrupt", "Microsoft.Data.Sqlite.SqliteException (0x80004005): SQLite Error 26: 'file is not a database'."),
    ("fs.no_space", "Error: SQLITE_FULL: database or disk is full"),
    ("fs.already_exists", "FileExistsError: [Errno 17] File exists: '/data/cache'"),
    ("fs.already_exists", "Error: EEXIST: file already exists, symlink '/app/config' -> '/data/config'"),
    ("fs.already_exists", "panic: mkdir /var/lib/app/data: file exists"),
    ("shell.syntax", "/entrypoint.sh: line 9: syntax error in conditional expression: unexpected token `;'"),
    ("cli.bad_args", "node_exporter: error: unknown long flag '--collector.textfile.dir', try --help"),
    ("cli.bad_args", "Error: unknown command \"serve\" for \"app\""),
    ("cli.bad_args", "error: the following required arguments were not provided:"),
    ("cli.bad_args", "Missing required argument: token"),
    ("lock.held", "IO Error: Could not set lock on file \"/data/app.duckdb\": Conflicting lock is held in /usr/local/bin/python3.12 (PID 7). See also https://duckdb.org/docs/stable/connect/concurrency"),
    ("thread.create", "OpenBLAS blas_thread_init: pthread_create failed for thread 1 of 4: Operation not permitted"),
    ("thread.create", "node[1]: ../src/node_platform.cc:61:std::unique_ptr<long unsigned int> node::WorkerThreadsTaskRunner::DelayedTaskScheduler::Start(): Assertion `(0) == (uv_thread_create(t.get(), start_thread, this))' failed."),
    // PostgreSQL's answers while not accepting connections (backend_startup.c), in a driver's
    // exception (session 23).
    (
        "db.not_ready",
        r#"psycopg2.OperationalError: connection to server at "db" (10.0.1.5), port 5432 failed: FATAL:  the database system is in recovery mode"#,
    ),
    // docker-library/mongo's entrypoint, as it prints it (session 23).
    (
        "db.init_password",
        r#"error: missing 'MONGO_INITDB_ROOT_USERNAME' or 'MONGO_INITDB_ROOT_PASSWORD'"#,
    ),
    // PostgreSQL's check_ssl_key_file_permissions and OpenSSH's sshkey_perm_ok (session 24).
    (
        "tls.key_file_mode",
        r#"Permissions 0644 for '/home/app/.ssh/id_ed25519' are too open."#,
    ),
    // docker-library/postgres's docker_error_old_databases and the mysql/mariadb entrypoints'
    // docker_verify_minimum_env (session 24).
    (
        "db.postgres18_data_layout",
        r#"Error: in 18+, these Docker images are configured to store database data in a"#,
    ),
    (
        "db.entrypoint_env",
        r#"2026-12-07 10:00:00+00:00 [ERROR] [Entrypoint]: Cannot specify MARIADB_PASSWORD_HASH and MARIADB_PASSWORD option."#,
    ),
    (
        "db.entrypoint_env",
        r#"2026-12-07 10:00:00+00:00 [ERROR] [Entrypoint]: Cannot specify MARIADB_ROOT_PASSWORD_HASH and another MARIADB_ROOT_PASSWORD* option."#,
    ),
    (
        "db.entrypoint_env",
        r#"2026-12-07 10:00:00+00:00 [ERROR] [Entrypoint]: For a replica, MARIADB_REPLICATION_USER and MARIADB_REPLICATION is mandatory."#,
    ),
    (
        "db.entrypoint_env",
        r#"2026-12-07 10:00:00+00:00 [ERROR] [Entrypoint]: MARIADB_REPLICATION_PASSWORD is mandatory to specify the replication on the replica image."#,
    ),
    // Erlang's auth.erl, PostgreSQL's checkDataDir, ClickHouse's 430, MySQL 8's MY-010457 and
    // supervisord's options.py (session 23).
    (
        "erlang.cookie",
        r#"Cookie file /var/lib/rabbitmq/.erlang.cookie must be accessible by owner only"#,
    ),
    (
        "db.data_dir_owner",
        r#"2026-12-07 10:00:00.000 UTC [1] FATAL:  data directory "/var/lib/postgresql/data" has invalid permissions"#,
    ),
    (
        "db.data_dir_owner",
        r#"Application: DB::Exception: Effective user of the process (root) does not match the owner of the data (101). Run under 'sudo -u 101'."#,
    ),
    (
        "db.data_dir_not_empty",
        r#"2026-12-07T10:00:00.000000Z 0 [ERROR] [MY-010457] [Server] --initialize specified but the data directory has files in it. Aborting."#,
    ),
    (
        "supervisor.socket_in_use",
        r#"Error: Another program is already listening on a port that one of our HTTP servers is configured to use.  Shut this program down first before starting supervisord."#,
    ),
    (
        "exec.format",
        r#"OSError: [Errno 8] Exec format error: '/usr/local/bin/tool'"#,
    ),
    (
        "exec.format",
        r#"java.io.IOException: Cannot run program "/app/bin/tool": error=8, Exec format error"#,
    ),
    ("exec.format", r#"Error: spawn /app/bin/tool ENOEXEC"#),
    (
        "exec.format",
        r#"fork/exec /app/bin/tool: exec format error"#,
    ),
    (
        "exec.format",
        r#"Errno::ENOEXEC: Exec format error - /app/bin/tool"#,
    ),
    (
        "exec.format",
        r#"thread 'main' panicked at src/main.rs:10:5: called `Result::unwrap()` on an `Err` value: Os { code: 8, kind: Uncategorized, message: "Exec format error" }"#,
    ),
    (
        "exec.format",
        r#"System.ComponentModel.Win32Exception (8): An error occurred trying to start process '/app/tool' with working directory '/app'. Exec format error"#,
    ),
    (
        "io_uring.denied",
        r#"java.lang.RuntimeException: failed to create io_uring ring fd Operation not permitted"#,
    ),
    (
        "io_uring.denied",
        r#"java.lang.RuntimeException: failed to create io_uring ring fd: Cannot allocate memory"#,
    ),
    (
        "host.aio_max_nr",
        r#"ERROR 2024-05-02 10:00:00,000 [shard 0:main] seastar - Could not setup Async I/O: Resource temporarily unavailable. The most common cause is not enough request capacity in /proc/sys/fs/aio-max-nr. Try increasing that number or reducing the amount of logical CPUs available for your application"#,
    ),
    (
        "fs.no_space",
        r#"OSError: [Errno 28] No space left on device: '/data/x'"#,
    ),
    (
        "fs.no_space",
        r#"java.io.IOException: No space left on device"#,
    ),
    (
        "fs.no_space",
        r#"Error: ENOSPC: no space left on device, write"#,
    ),
    (
        "fs.no_space",
        r#"Errno::ENOSPC: No space left on device @ io_write - /data/x"#,
    ),
    (
        "fs.no_space",
        r#"System.IO.IOException: No space left on device : '/data/x'"#,
    ),
    (
        "fs.permission",
        r#"PermissionError: [Errno 13] Permission denied: '/data/x'"#,
    ),
    (
        "fs.permission",
        r#"java.nio.file.AccessDeniedException: /data/x"#,
    ),
    (
        "fs.permission",
        r#"java.io.FileNotFoundException: /data/x (Permission denied)"#,
    ),
    (
        "fs.permission",
        r#"Error: EACCES: permission denied, open '/data/x'"#,
    ),
    (
        "fs.permission",
        r#"Errno::EACCES: Permission denied @ rb_sysopen - /data/x"#,
    ),
    (
        "fs.permission",
        r#"System.UnauthorizedAccessException: Access to the path '/data/x' is denied."#,
    ),
    ("fs.permission", r#"open /data/x: permission denied"#),
    (
        "fs.permission",
        r#"thread 'main' panicked at src/main.rs:10:5: called `Result::unwrap()` on an `Err` value: Os { code: 13, kind: PermissionDenied, message: "Permission denied" }"#,
    ),
    (
        "fs.read_only",
        r#"OSError: [Errno 30] Read-only file system: '/data/x'"#,
    ),
    (
        "fs.read_only",
        r#"java.nio.file.FileSystemException: /data/x: Read-only file system"#,
    ),
    (
        "fs.read_only",
        r#"Error: EROFS: read-only file system, open '/data/x'"#,
    ),
    (
        "fs.read_only",
        r#"Errno::EROFS: Read-only file system @ dir_s_mkdir - /data/x"#,
    ),
    ("fs.read_only", r#"mkdir /data/x: read-only file system"#),
    // EROFS in coreutils', nginx's and Rust's words (strerror(30), "(30: …)", "os error 30").
    (
        "fs.read_only",
        r#"mkdir: cannot create directory '/var/cache/nginx/client_temp': Read-only file system"#,
    ),
    (
        "fs.read_only",
        r#"nginx: [emerg] mkdir() "/var/cache/nginx/client_temp" failed (30: Read-only file system)"#,
    ),
    (
        "fs.read_only",
        r#"Error: Os { code: 30, kind: ReadOnlyFilesystem, message: "Read-only file system" }"#,
    ),
    (
        "fs.read_only",
        r#"java.io.FileNotFoundException: /opt/app/logs/app.log (Read-only file system)"#,
    ),
    (
        "fs.permission",
        r#"PermissionError: [Errno 1] Operation not permitted: '/data/x'"#,
    ),
    (
        "fs.permission",
        r#"Error: EPERM: operation not permitted, chmod '/data/x'"#,
    ),
    (
        "fs.permission",
        r#"Errno::EPERM: Operation not permitted @ apply2files - /data/x"#,
    ),
    (
        "fs.too_many_open_files",
        r#"OSError: [Errno 24] Too many open files: '/data/x'"#,
    ),
    (
        "fs.too_many_open_files",
        r#"java.io.IOException: Too many open files"#,
    ),
    (
        "fs.too_many_open_files",
        r#"Error: EMFILE: too many open files, open '/data/x'"#,
    ),
    (
        "fs.too_many_open_files",
        r#"Errno::EMFILE: Too many open files @ rb_sysopen - /data/x"#,
    ),
    (
        "fs.too_many_open_files",
        r#"accept tcp [::]:8080: accept4: too many open files"#,
    ),
    (
        "net.refused_local",
        r#"aiohttp.client_exceptions.ClientConnectorError: Cannot connect to host localhost:8000 ssl:default [Connect call failed ('127.0.0.1', 8000)]"#,
    ),
    (
        "net.refused_local",
        r#"OSError: Multiple exceptions: [Errno 111] Connect call failed ('127.0.0.1', 5432), [Errno 99] Cannot assign requested address"#,
    ),
    (
        "net.refused",
        r#"ConnectionRefusedError: [Errno 111] Connection refused"#,
    ),
    (
        "net.refused",
        r#"java.net.ConnectException: Connection refused"#,
    ),
    (
        "net.refused",
        r#"Error: connect ECONNREFUSED 10.0.0.5:5432"#,
    ),
    (
        "net.refused",
        r#"Errno::ECONNREFUSED: Connection refused - connect(2) for "db" port 5432"#,
    ),
    (
        "net.refused",
        r#"System.Net.Sockets.SocketException (111): Connection refused"#,
    ),
    (
        "net.refused",
        r#"System.Net.Http.HttpRequestException: Connection refused (db:5432)"#,
    ),
    (
        "net.refused",
        r#"dial tcp 10.0.0.5:5432: connect: connection refused"#,
    ),
    (
        "net.refused",
        r#"thread 'main' panicked at src/main.rs:10:5: called `Result::unwrap()` on an `Err` value: Os { code: 111, kind: ConnectionRefused, message: "Connection refused" }"#,
    ),
    (
        "net.refused",
        r#"requests.exceptions.ConnectionError: HTTPConnectionPool(host='api', port=80): Max retries exceeded with url: / (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f>: Failed to establish a new connection: [Errno 111] Connection refused'))"#,
    ),
    (
        "net.addr_in_use",
        r#"OSError: [Errno 98] Address already in use"#,
    ),
    (
        "net.addr_in_use",
        r#"java.net.BindException: Address already in use"#,
    ),
    (
        "net.addr_in_use",
        r#"Error: listen EADDRINUSE: address already in use :::3000"#,
    ),
    (
        "net.addr_in_use",
        r#"Errno::EADDRINUSE: Address already in use - bind(2) for "0.0.0.0" port 3000"#,
    ),
    (
        "net.addr_in_use",
        r#"System.Net.Sockets.SocketException (98): Address already in use"#,
    ),
    (
        "net.addr_in_use",
        r#"listen tcp :8080: bind: address already in use"#,
    ),
    (
        "net.addr_in_use",
        r#"thread 'main' panicked at src/main.rs:10:5: called `Result::unwrap()` on an `Err` value: Os { code: 98, kind: AddrInUse, message: "Address already in use" }"#,
    ),
    (
        "net.privileged_port",
        r#"Error: listen EACCES: permission denied 0.0.0.0:80"#,
    ),
    (
        "net.privileged_port",
        r#"Error: failed to listen on 0.0.0.0:443: Permission denied (os error 13)"#,
    ),
    (
        "net.privileged_port",
        r#"Errno::EACCES: Permission denied - bind(2) for "0.0.0.0" port 80"#,
    ),
    (
        "net.privileged_port",
        r#"listen tcp :80: bind: permission denied"#,
    ),
    (
        "net.dns",
        r#"socket.gaierror: [Errno -2] Name or service not known"#,
    ),
    (
        "net.dns",
        r#"socket.gaierror: [Errno -3] Temporary failure in name resolution"#,
    ),
    ("net.dns", r#"java.net.UnknownHostException: db.internal"#),
    ("net.dns", r#"Error: getaddrinfo ENOTFOUND db.internal"#),
    ("net.dns", r#"Error: getaddrinfo EAI_AGAIN db.internal"#),
    (
        "net.dns",
        r#"SocketError: getaddrinfo: Name or service not known"#,
    ),
    (
        "net.dns",
        r#"System.Net.Http.HttpRequestException: Name or service not known (db.internal:443)"#,
    ),
    (
        "net.dns",
        r#"System.Net.Sockets.SocketException (00000005, 0xFFFDFFFF): Name or service not known"#,
    ),
    (
        "net.dns",
        r#"dial tcp: lookup db.internal on 10.0.0.2:53: no such host"#,
    ),
    (
        "net.dns",
        r#"thread 'main' panicked at src/main.rs:10:5: called `Result::unwrap()` on an `Err` value: Custom { kind: Uncategorized, error: "failed to lookup address information: Name or service not known" }"#,
    ),
    (
        "net.timeout",
        r#"TimeoutError: [Errno 110] Connection timed out"#,
    ),
    (
        "net.timeout",
        r#"java.net.SocketTimeoutException: Connect timed out"#,
    ),
    (
        "net.timeout",
        r#"java.net.ConnectException: Connection timed out"#,
    ),
    ("net.timeout", r#"Error: connect ETIMEDOUT 10.0.0.5:5432"#),
    (
        "net.timeout",
        r#"Errno::ETIMEDOUT: Connection timed out - connect(2) for "db" port 5432"#,
    ),
    (
        "net.timeout",
        r#"System.Net.Sockets.SocketException (110): Connection timed out"#,
    ),
    (
        "net.timeout",
        r#"dial tcp 10.0.0.5:5432: connect: connection timed out"#,
    ),
    ("net.timeout", r#"dial tcp 10.0.0.5:5432: i/o timeout"#),
    (
        "net.unreachable",
        r#"OSError: [Errno 101] Network is unreachable"#,
    ),
    (
        "net.unreachable",
        r#"java.net.NoRouteToHostException: No route to host"#,
    ),
    (
        "net.unreachable",
        r#"Error: connect EHOSTUNREACH 10.0.0.5:5432"#,
    ),
    (
        "net.unreachable",
        r#"Errno::EHOSTUNREACH: No route to host - connect(2) for "db" port 5432"#,
    ),
    (
        "net.unreachable",
        r#"dial tcp 10.0.0.5:5432: connect: no route to host"#,
    ),
    (
        "net.addr_not_available",
        r#"java.net.BindException: Cannot assign requested address"#,
    ),
    (
        "net.addr_not_available",
        r#"Error: listen EADDRNOTAVAIL: address not available 10.1.2.3:8080"#,
    ),
    (
        "net.addr_not_available",
        r#"Errno::EADDRNOTAVAIL: Cannot assign requested address - bind(2) for "10.1.2.3" port 8080"#,
    ),
    (
        "net.addr_not_available",
        r#"listen tcp 10.1.2.3:8080: bind: cannot assign requested address"#,
    ),
    (
        "net.tls",
        r#"ssl.SSLCertVerificationError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:1006)"#,
    ),
    (
        "net.tls",
        r#"javax.net.ssl.SSLHandshakeException: PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target"#,
    ),
    (
        "net.tls",
        r#"Error: unable to get local issuer certificate"#,
    ),
    (
        "net.tls",
        r#"Error: self-signed certificate in certificate chain"#,
    ),
    (
        "net.tls",
        r#"x509: certificate signed by unknown authority"#,
    ),
    (
        "net.tls",
        r#"OpenSSL::SSL::SSLError: SSL_connect returned=1 errno=0 peeraddr=1.2.3.4:443 state=error: certificate verify failed (unable to get local issuer certificate)"#,
    ),
    (
        "net.tls",
        r#"System.Security.Authentication.AuthenticationException: The remote certificate is invalid because of errors in the certificate chain: UntrustedRoot"#,
    ),
    (
        "config.missing_file",
        r#"FileNotFoundError: [Errno 2] No such file or directory: '/app/config.yml'"#,
    ),
    (
        "config.missing_file",
        r#"java.io.FileNotFoundException: /app/config.yml (No such file or directory)"#,
    ),
    (
        "config.missing_file",
        r#"java.nio.file.NoSuchFileException: /app/config.yml"#,
    ),
    (
        "config.missing_file",
        r#"Error: ENOENT: no such file or directory, open '/app/config.yml'"#,
    ),
    (
        "config.missing_file",
        r#"Errno::ENOENT: No such file or directory @ rb_sysopen - /app/config.yml"#,
    ),
    (
        "config.missing_file",
        r#"System.IO.FileNotFoundException: Could not find file '/app/config.yml'."#,
    ),
    (
        "config.missing_file",
        r#"System.IO.DirectoryNotFoundException: Could not find a part of the path '/app/config/x.yml'."#,
    ),
    (
        "config.missing_file",
        r#"open /app/config.yml: no such file or directory"#,
    ),
    (
        "config.missing_file",
        r#"thread 'main' panicked at src/main.rs:10:5: called `Result::unwrap()` on an `Err` value: Os { code: 2, kind: NotFound, message: "No such file or directory" }"#,
    ),
    ("mem.exhausted", r#"MemoryError"#),
    (
        "mem.exhausted",
        r#"OSError: [Errno 12] Cannot allocate memory"#,
    ),
    ("mem.exhausted", r#"Error: spawn ENOMEM"#),
    (
        "mem.exhausted",
        r#"java.io.IOException: Cannot run program "git": error=12, Cannot allocate memory"#,
    ),
    (
        "mem.exhausted",
        r#"fork/exec /usr/bin/git: cannot allocate memory"#,
    ),
    (
        "exec.not_found",
        r#"exec: "ffmpeg": executable file not found in $PATH"#,
    ),
    ("net.refused", r#"Error: Connection refused (os error 111)"#),
    ("fs.permission", r#"Error: Permission denied (os error 13)"#),
    (
        "net.addr_in_use",
        r#"Error: Address already in use (os error 98)"#,
    ),
    (
        "fs.no_space",
        r#"Error: No space left on device (os error 28)"#,
    ),
    ("exec.format", r#"Error: Exec format error (os error 8)"#),
    (
        "net.refused",
        r#"** (DBConnection.ConnectionError) tcp connect (db:5432): connection refused - :econnrefused"#,
    ),
    (
        "net.dns",
        r#"** (DBConnection.ConnectionError) tcp connect (db.internal:5432): non-existing domain - :nxdomain"#,
    ),
    (
        "net.timeout",
        r#"** (DBConnection.ConnectionError) tcp connect (db:5432): timeout"#,
    ),
    (
        "net.unreachable",
        r#"** (DBConnection.ConnectionError) tcp connect (db:5432): host is unreachable - :ehostunreach"#,
    ),
    (
        "net.refused",
        r#"SQLSTATE[HY000] [2002] Connection refused"#,
    ),
    (
        "net.dns",
        r#"SQLSTATE[HY000] [2002] php_network_getaddresses: getaddrinfo for db failed: Name or service not known"#,
    ),
    (
        "net.dns",
        r#"PHP Warning:  PDO::__construct(): php_network_getaddresses: getaddrinfo for db failed: Temporary failure in name resolution"#,
    ),
    (
        "net.timeout",
        r#"SQLSTATE[HY000] [2002] Connection timed out"#,
    ),
    (
        "net.refused",
        r#"Redis::CannotConnectError: Error connecting to Redis on redis:6379 (Errno::ECONNREFUSED)"#,
    ),
    (
        "net.refused",
        r#"redis.exceptions.ConnectionError: Error 111 connecting to redis:6379. Connection refused."#,
    ),
    (
        "net.dns",
        r#"redis.exceptions.ConnectionError: Error -2 connecting to redis:6379. Name or service not known."#,
    ),
    (
        "net.dns",
        r#"redis.exceptions.ConnectionError: Error -3 connecting to redis:6379. Temporary failure in name resolution."#,
    ),
    (
        "net.refused",
        r#"pymongo.errors.ServerSelectionTimeoutError: mongo:27017: [Errno 111] Connection refused, Timeout: 30s, Topology Description: <TopologyDescription id: 1>"#,
    ),
    (
        "net.dns",
        r#"pymongo.errors.ServerSelectionTimeoutError: mongo:27017: [Errno -2] Name or service not known, Timeout: 30s"#,
    ),
    (
        "net.refused",
        r#"MongoServerSelectionError: connect ECONNREFUSED 10.0.0.5:27017"#,
    ),
    (
        "net.refused",
        r#"sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at "db" (10.0.0.5), port 5432 failed: Connection refused"#,
    ),
    (
        "net.dns",
        r#"sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) could not translate host name "db" to address: Name or service not known"#,
    ),
    (
        "net.timeout",
        r#"sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at "db" (10.0.0.5), port 5432 failed: Connection timed out"#,
    ),
    (
        "net.refused",
        r#"org.postgresql.util.PSQLException: Connection to db:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections."#,
    ),
    (
        "net.dns",
        r#"org.postgresql.util.PSQLException: The connection attempt failed. Caused by: java.net.UnknownHostException: db"#,
    ),
    (
        "net.refused",
        r#"pq: dial tcp 10.0.0.5:5432: connect: connection refused"#,
    ),
    (
        "net.refused",
        r#"Error: Redis connection to redis:6379 failed - connect ECONNREFUSED 10.0.0.5:6379"#,
    ),
    (
        "net.refused",
        r#"[ERROR] Could not connect to Redis at redis:6379: Connection refused"#,
    ),
    (
        "net.refused",
        r#"curl: (7) Failed to connect to api port 80 after 3 ms: Connection refused"#,
    ),
    ("net.dns", r#"curl: (6) Could not resolve host: api"#),
    (
        "net.timeout",
        r#"curl: (28) Connection timed out after 10001 milliseconds"#,
    ),
    (
        "net.refused",
        r#"wget: can't connect to remote host (10.0.0.5): Connection refused"#,
    ),
    ("net.dns", r#"wget: bad address 'api'"#),
    (
        "net.refused",
        r#"psql: error: connection to server at "db" (10.0.0.5), port 5432 failed: Connection refused"#,
    ),
    (
        "net.refused",
        r#"ERROR 2003 (HY000): Can't connect to MySQL server on 'db:3306' (111)"#,
    ),
    (
        "net.dns",
        r#"ERROR 2005 (HY000): Unknown MySQL server host 'db' (-2)"#,
    ),
    (
        "net.refused",
        r#"nc: connect to db port 5432 (tcp) failed: Connection refused"#,
    ),
    (
        "net.refused",
        r#"java.net.ConnectException: Connection refused (Connection refused)"#,
    ),
    (
        "net.refused",
        r#"Caused by: java.net.ConnectException: Connection refused"#,
    ),
    (
        "net.refused",
        r#"amqp.exceptions.AMQPConnectionError / [Errno 111] Connection refused"#,
    ),
    (
        "db.auth",
        r#"psycopg2.OperationalError: connection to server at "db" (10.0.0.5), port 5432 failed: FATAL:  password authentication failed for user "app""#,
    ),
    (
        "db.auth",
        r#"org.postgresql.util.PSQLException: FATAL: password authentication failed for user "app""#,
    ),
    (
        "db.auth",
        r#"error: password authentication failed for user "app""#,
    ),
    (
        "db.auth",
        r#"Npgsql.PostgresException (0x80004005): 28P01: password authentication failed for user "app""#,
    ),
    (
        "db.auth",
        r#"pq: password authentication failed for user "app""#,
    ),
    (
        "db.auth",
        r#"FATAL: pg_hba.conf rejects connection for host "10.0.0.7", user "app", database "app", no encryption"#,
    ),
    (
        "db.auth",
        r#"java.sql.SQLException: Access denied for user 'app'@'10.0.0.7' (using password: YES)"#,
    ),
    (
        "db.auth",
        r#"sqlalchemy.exc.OperationalError: (pymysql.err.OperationalError) (1045, "Access denied for user 'app'@'10.0.0.7' (using password: YES)")"#,
    ),
    (
        "db.auth",
        r#"Error: ER_ACCESS_DENIED_ERROR: Access denied for user 'app'@'10.0.0.7' (using password: YES)"#,
    ),
    (
        "db.auth",
        r#"Error 1045 (28000): Access denied for user 'app'@'10.0.0.7' (using password: YES)"#,
    ),
    (
        "db.auth",
        r#"Microsoft.Data.SqlClient.SqlException (0x80131904): Login failed for user 'app'."#,
    ),
    ("db.auth", r#"MongoServerError: Authentication failed."#),
    (
        "db.auth",
        r#"pymongo.errors.OperationFailure: Authentication failed., full error: {'ok': 0.0, 'errmsg': 'Authentication failed.', 'code': 18, 'codeName': 'AuthenticationFailed'}"#,
    ),
    (
        "db.auth",
        r#"redis.exceptions.AuthenticationError: invalid username-password pair or user is disabled."#,
    ),
    (
        "db.auth",
        r#"ReplyError: WRONGPASS invalid username-password pair or user is disabled."#,
    ),
    ("db.auth", r#"NOAUTH Authentication required."#),
    (
        "db.auth",
        r#"** (Postgrex.Error) FATAL 28P01 (invalid_password) password authentication failed for user "app""#,
    ),
    (
        "db.auth",
        r#"SQLSTATE[HY000] [1045] Access denied for user 'app'@'10.0.0.7' (using password: YES)"#,
    ),
    (
        "db.auth",
        r#"SQLSTATE[08006] [7] FATAL:  password authentication failed for user "app""#,
    ),
    ("db.auth", r#"FATAL:  role "app" does not exist"#),
    (
        "db.missing_database",
        r#"FATAL:  database "app" does not exist"#,
    ),
    (
        "db.missing_database",
        r#"SQLSTATE[HY000] [1049] Unknown database 'app'"#,
    ),
    (
        "db.missing_database",
        r#"java.sql.SQLSyntaxErrorException: Unknown database 'app'"#,
    ),
    (
        "db.missing_database",
        r#"Cannot open database "app" requested by the login. The login failed."#,
    ),
    (
        "db.too_many_connections",
        r#"FATAL:  sorry, too many clients already"#,
    ),
    (
        "db.too_many_connections",
        r#"FATAL:  remaining connection slots are reserved for non-replication superuser connections"#,
    ),
    (
        "db.too_many_connections",
        r#"SQLSTATE[08004] [1040] Too many connections"#,
    ),
    (
        "net.addr_in_use",
        r#"ERROR:    [Errno 98] error while attempting to bind on address ('0.0.0.0', 8000): address already in use"#,
    ),
    (
        "net.privileged_port",
        r#"ERROR:    [Errno 13] error while attempting to bind on address ('0.0.0.0', 80): permission denied"#,
    ),
    (
        "net.privileged_port",
        r#"nginx: [emerg] bind() to 0.0.0.0:80 failed (13: Permission denied)"#,
    ),
    (
        "net.privileged_port",
        r#"(13)Permission denied: AH00072: make_sock: could not bind to address [::]:80"#,
    ),
    (
        "net.privileged_port",
        r#"Error: listen EACCES: permission denied 0.0.0.0:80"#,
    ),
    (
        "net.privileged_port",
        r#"Errno::EACCES: Permission denied - bind(2) for "0.0.0.0" port 80"#,
    ),
    (
        "net.privileged_port",
        r#"[Sat Dec 05 10:00:00 2026] Failed to listen on 0.0.0.0:80 (reason: Permission denied)"#,
    ),
    (
        "net.privileged_port",
        r#"[ALERT]    (1) : Starting frontend http: cannot bind socket (Permission denied) [0.0.0.0:80]"#,
    ),
    (
        "net.privileged_port",
        r#"[2026-12-05 10:00:00.000][1][critical][main] [source/server/server.cc:117] error initializing configuration '/etc/envoy/envoy.yaml': cannot bind '0.0.0.0:80': Permission denied"#,
    ),
    (
        "net.privileged_port",
        r#"Error: listen tcp :443: bind: permission denied"#,
    ),
    (
        "net.addr_in_use",
        r#"Web server failed to start. Port 8080 was already in use."#,
    ),
    (
        "net.addr_in_use",
        r#"[ALERT]    (1) : Starting frontend http: cannot bind socket (Address already in use) [0.0.0.0:80]"#,
    ),
    ("config.missing_env", r#"KeyError: 'DATABASE_URL'"#),
    (
        "config.missing_env",
        r#"django.core.exceptions.ImproperlyConfigured: Set the SECRET_KEY environment variable"#,
    ),
    (
        "config.missing_env",
        r#"django.core.exceptions.ImproperlyConfigured: The SECRET_KEY setting must not be empty."#,
    ),
    (
        "config.missing_env",
        r#"environs.EnvError: Environment variable "DATABASE_URL" not set"#,
    ),
    (
        "config.missing_env",
        r#"Error: Missing environment variables: DATABASE_URL"#,
    ),
    (
        "config.missing_env",
        r#"MissingEnvVarsError: The following variables were defined in .env.example but are not present in the environment: DATABASE_URL"#,
    ),
    (
        "config.missing_env",
        r#"Error: required key DATABASE_URL missing value"#,
    ),
    (
        "config.missing_env",
        r#"** (RuntimeError) environment variable DATABASE_URL is missing."#,
    ),
    (
        "config.missing_env",
        r#"thread 'main' panicked at src/main.rs:12:45: DATABASE_URL must be set: NotPresent"#,
    ),
    (
        "config.missing_env",
        r#"thread 'main' panicked at 'DATABASE_URL must be set: NotPresent', src/main.rs:12:45"#,
    ),
    (
        "config.missing_env",
        r#"Error: Config validation error: "DATABASE_URL" is required"#,
    ),
    (
        "config.missing_env",
        r#"❌ Invalid environment variables: { DATABASE_URL: [ 'Required' ] }"#,
    ),
    (
        "config.missing_env",
        r#"error: Environment variable not found: DATABASE_URL."#,
    ),
    (
        "config.missing_env",
        r#"System.ArgumentNullException: Value cannot be null. (Parameter 'connectionString')"#,
    ),
    (
        "config.missing_env",
        r#"System.InvalidOperationException: The ConnectionString property has not been initialized."#,
    ),
    (
        "config.missing_env",
        r#"panic: required environment variable "DATABASE_URL" is not set"#,
    ),
    (
        "config.missing_env",
        r#"Error: The "DATABASE_URL" environment variable is not set"#,
    ),
    (
        "config.missing_env",
        r#"ValueError: Missing required environment variable: DATABASE_URL"#,
    ),
    (
        "config.missing_env",
        r#"RuntimeError: DATABASE_URL environment variable is not set"#,
    ),
    ("config.missing_env", r#"FATAL: DATABASE_URL is not set"#),
    (
        "config.missing_env",
        r#"ERROR: environment variable DATABASE_URL is required"#,
    ),
    (
        "config.missing_env",
        r#"Error: ENV var DATABASE_URL is not defined"#,
    ),
    (
        "config.missing_env",
        r#"KeyError: 'Environment variable DATABASE_URL not set'"#,
    ),
    (
        "config.missing_env",
        r#"decouple.UndefinedValueError: DATABASE_URL not found. Declare it as envvar or define a default value."#,
    ),
    (
        "config.missing_env",
        r#"sqlalchemy.exc.ArgumentError: Could not parse SQLAlchemy URL from string ''"#,
    ),
    (
        "java.oom",
        r#"Exception in thread "main" java.lang.OutOfMemoryError: Java heap space"#,
    ),
    ("java.oom", r#"java.lang.OutOfMemoryError: Metaspace"#),
    (
        "java.oom",
        r#"Exception in thread "main" java.lang.OutOfMemoryError: Direct buffer memory"#,
    ),
    (
        "thread.create",
        r#"java.lang.OutOfMemoryError: unable to create native thread: possibly out of memory or process/resource limits reached"#,
    ),
    (
        "node.heap_oom",
        r#"FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory"#,
    ),
    (
        "node.heap_oom",
        r#"FATAL ERROR: Ineffective mark-compacts near heap limit Allocation failed - JavaScript heap out of memory"#,
    ),
    ("go.oom", r#"fatal error: runtime: out of memory"#),
    (
        "mem.exhausted",
        r#"Unhandled exception. System.OutOfMemoryException: Exception of type 'System.OutOfMemoryException' was thrown."#,
    ),
    (
        "mem.exhausted",
        r#"[FATAL] failed to allocate memory (NoMemoryError)"#,
    ),
    (
        "php.fatal",
        r#"PHP Fatal error:  Allowed memory size of 134217728 bytes exhausted (tried to allocate 20480 bytes) in /var/www/html/vendor/x.php on line 12"#,
    ),
    (
        "mem.exhausted",
        r#"FATAL:  could not map anonymous shared memory: Cannot allocate memory"#,
    ),
    (
        "mem.exhausted",
        r#"[ERROR] InnoDB: Cannot allocate memory for the buffer pool"#,
    ),
    (
        "mem.exhausted",
        r#"mmap() failed: [12] Cannot allocate memory"#,
    ),
    (
        "killed",
        r#"/entrypoint.sh: line 12:     7 Killed                  python app.py"#,
    ),
    ("killed", r#"npm ERR! signal SIGKILL"#),
    ("killed", r#"error Command failed with signal "SIGKILL"."#),
    (
        "killed",
        r#"ELIFECYCLE  Command failed with exit code 137."#,
    ),
    (
        "killed",
        r#"[WARNING] Worker with pid 12 was terminated due to signal 9"#,
    ),
    (
        "gpu.oom",
        r#"torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 2.00 GiB (GPU 0; 15.77 GiB total capacity; 13.10 GiB already allocated)"#,
    ),
    (
        "fs.no_space",
        r#"OSError: [Errno 28] No space left on device"#,
    ),
    (
        "shm.too_small",
        r#"ERROR: could not resize shared memory segment "/PostgreSQL.1234" to 8388608 bytes: No space left on device"#,
    ),
    (
        "shm.too_small",
        r#"RuntimeError: DataLoader worker (pid 123) is killed by signal: Bus error. It is possible that dataloader's workers are out of shared memory. Please try to raise your shared memory limit."#,
    ),
    (
        "exec.permission",
        r#"exec /docker-entrypoint.sh: permission denied"#,
    ),
    (
        "exec.permission",
        r#"/bin/sh: 1: /entrypoint.sh: Permission denied"#,
    ),
    (
        "shell.command_not_found",
        r#"env: can't execute 'bash': No such file or directory"#,
    ),
    (
        "shell.command_not_found",
        r#"/usr/bin/env: 'python': No such file or directory"#,
    ),
    (
        "exec.not_found",
        r#"exec: "gunicorn": executable file not found in $PATH"#,
    ),
    ("exec.not_found", r#"/bin/sh: /app/start.sh: not found"#),
    ("shell.syntax", r#"sh: 1: Syntax error: "(" unexpected"#),
    (
        "exec.user_process",
        r#"standard_init_linux.go:228: exec user process caused: no such file or directory"#,
    ),
    (
        "exec.not_found",
        r#"exec /app/server: no such file or directory"#,
    ),
    (
        "lib.symbol_missing",
        r#"Error relocating /app/server: __memcpy_chk: symbol not found"#,
    ),
    (
        "lib.version",
        r#"/app/server: /lib/x86_64-linux-gnu/libc.so.6: version `GLIBC_2.34' not found (required by /app/server)"#,
    ),
    (
        "lib.missing",
        r#"ImportError: libGL.so.1: cannot open shared object file: No such file or directory"#,
    ),
    (
        "python.module",
        r#"ModuleNotFoundError: No module named 'psycopg2'"#,
    ),
    (
        "python.module",
        r#"pkg_resources.DistributionNotFound: The 'gunicorn' distribution was not found and is required by the application"#,
    ),
    (
        "python.module",
        r#"importlib.metadata.PackageNotFoundError: No package metadata was found for uvicorn"#,
    ),
    (
        "ruby.gem_missing",
        r#"Bundler::GemNotFound: Could not find rake-13.0.6 in any of the sources"#,
    ),
    (
        "ruby.gem_missing",
        r#"Could not find gem 'pg' in locally installed gems."#,
    ),
    (
        "ruby.gem_missing",
        r#"/usr/local/lib/ruby/3.2.0/bundler/spec_set.rb:155:in `block in materialize': Could not find nokogiri-1.15.4-x86_64-linux in locally installed gems (Bundler::GemNotFound)"#,
    ),
    (
        "rails.server_pid",
        r#"A server is already running. Check /app/tmp/pids/server.pid."#,
    ),
    (
        "flyway.validate",
        r#"ERROR: Validate failed: Migrations have failed validation"#,
    ),
    (
        "alembic.revision",
        r#"alembic.util.exc.CommandError: Can't locate revision identified by 'abc123'"#,
    ),
    ("liquibase.lock", r#"Waiting for changelog lock...."#),
    ("node.module", r#"Error: Cannot find module 'express'"#),
    (
        "node.require_esm",
        r#"Error [ERR_REQUIRE_ESM]: require() of ES Module /app/node_modules/node-fetch/src/index.js from /app/index.js not supported."#,
    ),
    (
        "node.esm_syntax",
        r#"SyntaxError: Cannot use import statement outside a module"#,
    ),
    (
        "node.openssl3",
        r#"Error: error:0308010C:digital envelope routines::unsupported"#,
    ),
    (
        "lib.wrong_platform",
        r#"Error: /app/node_modules/bcrypt/lib/binding/napi-v3/bcrypt_lib.node: invalid ELF header"#,
    ),
    (
        "lib.wrong_platform",
        r#"Error: The module '/app/node_modules/bcrypt/lib/binding/bcrypt_lib.node' was compiled against a different Node.js version using NODE_MODULE_VERSION 72. This version of Node.js requires NODE_MODULE_VERSION 83."#,
    ),
    (
        "lib.missing",
        r#"Error: Error loading shared library ld-linux-x86-64.so.2: No such file or directory (needed by /app/node_modules/sharp/build/Release/sharp.node)"#,
    ),
    (
        "prisma.not_generated",
        r#"Error: @prisma/client did not initialize yet. Please run "prisma generate" and try to import it again."#,
    ),
    (
        "java.class_version",
        r#"java.lang.UnsupportedClassVersionError: com/example/App has been compiled by a more recent version of the Java Runtime (class file version 61.0), this version of the Java Runtime only recognizes class file versions up to 55.0"#,
    ),
    (
        "java.launch",
        r#"Error: Unable to access jarfile /app/app.jar"#,
    ),
    (
        "java.vm_init",
        r#"Unrecognized VM option 'UseCGroupMemoryLimitForHeap'"#,
    ),
    (
        "dotnet.framework",
        r#"You must install or update .NET to run this application."#,
    ),
    (
        "dotnet.framework",
        r#"The framework 'Microsoft.AspNetCore.App', version '6.0.0' (x64) was not found."#,
    ),
    (
        "dotnet.https_cert",
        r#"System.InvalidOperationException: Unable to configure HTTPS endpoint. No server certificate was specified, and the default developer certificate could not be found or is out of date."#,
    ),
    (
        "dotnet.native_deps",
        r#"Process terminated. Couldn't find a valid ICU package installed on the system. Set the configuration flag System.Globalization.Invariant to true if you want to run with no globalization support."#,
    ),
    (
        "net.tls",
        r#"java.security.InvalidAlgorithmParameterException: the trustAnchors parameter must be non-empty"#,
    ),
    (
        "db.pool_timeout",
        r#"java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30000ms."#,
    ),
    (
        "db.pool_timeout",
        r#"sqlalchemy.exc.TimeoutError: QueuePool limit of size 5 overflow 10 reached, connection timed out, timeout 30.00 (Background on this error at: https://sqlalche.me/e/20/3o7r)"#,
    ),
    (
        "db.pool_timeout",
        r#"psycopg_pool.PoolTimeout: couldn't get a connection after 30.00 sec"#,
    ),
    (
        "db.pool_timeout",
        r#"Error: timeout exceeded when trying to connect"#,
    ),
    (
        "db.pool_timeout",
        r#"KnexTimeoutError: Knex: Timeout acquiring a connection. The pool is probably full. Are you missing a .transacting(trx) call?"#,
    ),
    (
        "db.pool_timeout",
        r#"ConnectionAcquireTimeoutError [SequelizeConnectionAcquireTimeoutError]: Operation timeout"#,
    ),
    (
        "db.pool_timeout",
        r#"Timed out fetching a new connection from the connection pool. More info: http://pris.ly/d/connection-pool (Current connection pool timeout: 10, connection limit: 5)"#,
    ),
    (
        "db.pool_timeout",
        r#"org.apache.tomcat.jdbc.pool.PoolExhaustedException: [http-nio-8080-exec-5] Timeout: Pool empty. Unable to fetch a connection in 30 seconds, none available[size:100; busy:100; idle:0; lastwait:30000]."#,
    ),
    (
        "db.pool_timeout",
        r#"com.mchange.v2.resourcepool.TimeoutException: A client timed out while waiting to acquire a resource from com.mchange.v2.resourcepool.BasicResourcePool@1b2c3d -- timeout at awaitAvailable()"#,
    ),
    (
        "db.pool_timeout",
        r#"System.InvalidOperationException: Timeout expired.  The timeout period elapsed prior to obtaining a connection from the pool.  This may have occurred because all pooled connections were in use and max pool size was reached."#,
    ),
    (
        "db.pool_timeout",
        r#"Npgsql.NpgsqlException (0x80004005): The connection pool has been exhausted, either raise 'Max Pool Size' (currently 100) or 'Timeout' (currently 15 seconds) in your connection string."#,
    ),
    (
        "inotify.limit",
        r#"Error: ENOSPC: no space left on device, watch '/app/src'"#,
    ),
    (
        "db.local_socket",
        r#"Error: connect ENOENT /var/run/postgresql/.s.PGSQL.5432"#,
    ),
    (
        "db.local_socket",
        r#"Error: connect ENOENT /var/run/mysqld/mysqld.sock"#,
    ),
    (
        "db.local_socket",
        r#"dial unix /var/run/postgresql/.s.PGSQL.5432: connect: no such file or directory"#,
    ),
    (
        "db.local_socket",
        r#"redis.exceptions.ConnectionError: Error 2 connecting to unix socket: /tmp/redis.sock. No such file or directory."#,
    ),
    (
        "db.local_socket",
        r#"	connections on Unix domain socket "/var/run/postgresql/.s.PGSQL.5432"?"#,
    ),
    (
        "net.privileged_port",
        r#"Caused by: java.net.SocketException: Permission denied"#,
    ),
    (
        "net.privileged_port",
        r#"java.net.BindException: Permission denied (Bind failed)"#,
    ),
    (
        "net.privileged_port",
        r#"io.netty.channel.unix.Errors$NativeIoException: bind(..) failed: Permission denied"#,
    ),
    (
        "aws.access_denied",
        r#"software.amazon.awssdk.services.s3.model.S3Exception: Access Denied (Service: S3, Status Code: 403, Request ID: ABCDEF, Extended Request ID: xyz)"#,
    ),
    (
        "aws.access_denied",
        r#"Amazon.S3.AmazonS3Exception: Access Denied"#,
    ),
    (
        "net.tls_plaintext",
        r#"ssl.SSLError: [SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1006)"#,
    ),
    (
        "net.tls_plaintext",
        r#"Error: write EPROTO 40B7F1D8A07F0000:error:0A00010B:SSL routines:ssl3_get_record:wrong version number:../deps/openssl/openssl/ssl/record/ssl3_record.c:355:"#,
    ),
    (
        "net.tls_plaintext",
        r#"curl: (35) error:0A00010B:SSL routines::wrong version number"#,
    ),
    (
        "net.tls_plaintext",
        r#"Get "https://api.internal:8080/health": tls: first record does not look like a TLS handshake"#,
    ),
    (
        "net.tls_plaintext",
        r#"Get "https://api.internal:8080/health": http: server gave HTTP response to HTTPS client"#,
    ),
    (
        "net.tls_plaintext",
        r#"javax.net.ssl.SSLException: Unsupported or unrecognized SSL message"#,
    ),
    (
        "net.tls_plaintext",
        r#"javax.net.ssl.SSLException: Unrecognized SSL message, plaintext connection?"#,
    ),
    (
        "net.tls_plaintext",
        r#"Error: received corrupt message of type InvalidContentType"#,
    ),
    (
        "net.tls_plaintext",
        r#"System.IO.IOException: Cannot determine the frame size or a corrupted frame was received."#,
    ),
    (
        "native.segfault",
        r#"#  SIGSEGV (0xb) at pc=0x00007f3c2d6a1b2c, pid=1, tid=7"#,
    ),
    ("native.segfault", r#"npm ERR! signal SIGSEGV"#),
    (
        "native.segfault",
        r#"[1]    42 segmentation fault  node server.js"#,
    ),
    (
        "native.segfault",
        r#"Fatal Python error: Segmentation fault"#,
    ),
    (
        "native.illegal_instruction",
        r#"#  SIGILL (0x4) at pc=0x00007f1e2c3b4a5d, pid=1, tid=8"#,
    ),
    ("native.illegal_instruction", r#"npm error signal SIGILL"#),
    (
        "native.illegal_instruction",
        r#"Fatal glibc error: CPU does not support x86-64-v2"#,
    ),
    (
        "native.illegal_instruction",
        r#"The TensorFlow library was compiled to use AVX instructions, but these aren't available on your machine."#,
    ),
    (
        "db.permission",
        r#"pymongo.errors.OperationFailure: not authorized on shop to execute command { find: "orders", filter: {}, $db: "shop" }"#,
    ),
    (
        "db.permission",
        r#"MongoServerError: not authorized on admin to execute command { listDatabases: 1 }"#,
    ),
    (
        "db.permission",
        r#"NOPERM this user has no permissions to run the 'get' command"#,
    ),
    (
        "db.permission",
        r#"ERROR:  permission denied for table orders"#,
    ),
    (
        "db.permission",
        r#"System.Data.SqlClient.SqlException (0x80131904): The SELECT permission was denied on the object 'Orders', database 'Shop', schema 'dbo'."#,
    ),
    (
        "tz.unknown",
        r#"System.TimeZoneNotFoundException: The time zone ID 'America/New_York' was not found on the local computer."#,
    ),
    (
        "tz.unknown",
        r#"java.time.zone.ZoneRulesException: Unknown time-zone ID: America/New_York"#,
    ),
    (
        "tz.unknown",
        r#"zoneinfo._common.ZoneInfoNotFoundError: 'No time zone found with key America/New_York'"#,
    ),
    ("cli.bad_args", r#"Error: No such option: --prot"#),
    ("cli.bad_args", r#"error: unknown option '--prot'"#),
    ("cli.bad_args", r#"Unknown option: '--prot'"#),
    ("cli.bad_args", r#"flag provided but not defined: -prot"#),
    (
        "aws.no_credentials",
        r#"botocore.exceptions.NoCredentialsError: Unable to locate credentials"#,
    ),
    (
        "aws.no_credentials",
        r#"CredentialsProviderError: Could not load credentials from any providers"#,
    ),
    (
        "aws.no_credentials",
        r#"software.amazon.awssdk.core.exception.SdkClientException: Unable to load credentials from any of the providers in the chain AwsCredentialsProviderChain(credentialsProviders=[SystemPropertyCredentialsProvider(), EnvironmentVariableCredentialsProvider()])"#,
    ),
    (
        "aws.no_credentials",
        r#"NoCredentialProviders: no valid providers in chain. Deprecated."#,
    ),
    (
        "aws.no_region",
        r#"botocore.exceptions.NoRegionError: You must specify a region."#,
    ),
    (
        "aws.no_region",
        r#"MissingRegion: could not find region configuration"#,
    ),
    (
        "aws.bad_credentials",
        r#"botocore.exceptions.ClientError: An error occurred (ExpiredTokenException) when calling the GetQueueUrl operation: The security token included in the request is expired"#,
    ),
    (
        "aws.not_found",
        r#"botocore.errorfactory.NoSuchBucket: An error occurred (NoSuchBucket) when calling the GetObject operation: The specified bucket does not exist"#,
    ),
    (
        "aws.not_found",
        r#"ResourceNotFoundException: Secrets Manager can't find the specified secret."#,
    ),
    (
        "user.switch_denied",
        r#"error: failed switching to "postgres": operation not permitted"#,
    ),
    (
        "user.switch_denied",
        r#"su-exec: setgroups: Operation not permitted"#,
    ),
    (
        "user.switch_denied",
        r#"setpriv: setresuid failed: Operation not permitted"#,
    ),
    (
        "user.switch_denied",
        r#"s6-applyuidgid: fatal: unable to set supplementary group list: Operation not permitted"#,
    ),
    (
        "user.switch_denied",
        r#"su: cannot set groups: Operation not permitted"#,
    ),
    (
        "user.switch_denied",
        r#"sudo: effective uid is not 0, is /usr/bin/sudo on a file system with the 'nosuid' option set or an NFS file system without root privileges?"#,
    ),
    (
        "user.switch_denied",
        r#"crond: can't set groups: Operation not permitted"#,
    ),
    (
        "user.switch_denied",
        r#"2024/01/01 00:00:00 [emerg] 1#1: setgid(101) failed (1: Operation not permitted)"#,
    ),
    (
        "user.switch_denied",
        r#"[01-Jan-2024 00:00:00] ERROR: [pool www] failed to setgid(82): Operation not permitted (1)"#,
    ),
    ("user.switch_denied", r#"seteuid: Operation not permitted"#),
    ("cap.denied", r#"mount: /mnt/data: permission denied."#),
    ("cap.denied", r#"mount: permission denied (are you root?)"#),
    (
        "cap.denied",
        r#"mount: mounting rpc_pipefs on /var/lib/nfs/rpc_pipefs failed: Permission denied"#,
    ),
    (
        "cap.denied",
        r#"unshare: unshare failed: Operation not permitted"#,
    ),
    (
        "cap.denied",
        r#"bwrap: Creating new namespace failed: Operation not permitted"#,
    ),
    ("cap.denied", r#"ptrace: Operation not permitted."#),
    (
        "cap.denied",
        r#"strace: attach: ptrace(PTRACE_SEIZE, 1): Operation not permitted"#,
    ),
    (
        "cap.denied",
        r#"Error initializing core: Failed to lock memory: cannot allocate memory"#,
    ),
    (
        "cap.denied",
        r#"modprobe: ERROR: could not insert 'wireguard': Operation not permitted"#,
    ),
    (
        "cap.denied",
        r#"chroot: cannot change root directory to '/var/empty': Operation not permitted"#,
    ),
    (
        "limit.denied",
        r#"/docker-entrypoint.sh: line 4: ulimit: error setting limit (Operation not permitted)"#,
    ),
    (
        "limit.denied",
        r#"/entrypoint.sh: line 13: ulimit: max locked memory: cannot modify limit: Operation not permitted"#,
    ),
    (
        "limit.denied",
        r#"setrlimit(RLIMIT_NOFILE): Operation not permitted"#,
    ),
    (
        "sysctl.denied",
        r#"sysctl: permission denied on key "vm.max_map_count""#,
    ),
    (
        "sysctl.denied",
        r#"sysctl: setting key "net.core.somaxconn": Read-only file system"#,
    ),
    (
        "sysctl.denied",
        r#"sysctl: error setting key 'net.ipv4.conf.all.src_valid_mark': Read-only file system"#,
    ),
    (
        "sysctl.denied",
        r#"sysctl: cannot stat /proc/sys/net/core/rmem_max: No such file or directory"#,
    ),
    (
        "sysctl.denied",
        r#"error: "Read-only file system" setting key "vm.overcommit_memory""#,
    ),
    (
        "device.missing",
        r#"Cannot open TUN/TAP dev /dev/net/tun: No such file or directory (errno=2)"#,
    ),
    (
        "device.missing",
        r#"Failed to create TUN device: no such file or directory"#,
    ),
    (
        "device.missing",
        r#"fuse: device not found, try 'modprobe fuse' first"#,
    ),
    (
        "device.missing",
        r#"fusermount: fuse device not found, try 'modprobe fuse' first"#,
    ),
    (
        "device.missing",
        r#"Could not access KVM kernel module: No such file or directory"#,
    ),
    (
        "device.missing",
        r#"Error: Error: No such file or directory, cannot open /dev/ttyACM0"#,
    ),
    (
        "device.missing",
        r#"serial.serialutil.SerialException: [Errno 2] could not open port /dev/ttyUSB0: [Errno 2] No such file or directory: '/dev/ttyUSB0'"#,
    ),
    (
        "cap.net_admin",
        r#"ERROR: Cannot ioctl TUNSETIFF tun: Operation not permitted (errno=1)"#,
    ),
    (
        "kafka.unreachable",
        r#"org.apache.kafka.common.errors.TimeoutException: Timeout expired while fetching topic metadata"#,
    ),
    ("net.timeout", r#"httpx.ConnectTimeout: timed out"#),
    (
        "net.timeout",
        r#"requests.exceptions.ConnectTimeout: HTTPConnectionPool(host='api', port=8080): Max retries exceeded with url: / (Caused by ConnectTimeoutError(<urllib3.connection.HTTPConnection object at 0x7f2>, 'Connection to api timed out. (connect timeout=5)'))"#,
    ),
    (
        "net.timeout",
        r#"curl: (28) Failed to connect to api.example.com port 443 after 130000 ms: Timeout was reached"#,
    ),
    (
        "net.unreachable",
        r#"Error: connect EHOSTUNREACH 10.0.2.7:5432"#,
    ),
    (
        "net.unreachable",
        r#"java.net.NoRouteToHostException: No route to host"#,
    ),
    (
        "net.refused",
        r#"rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp 10.0.2.7:50051: connect: connection refused""#,
    ),
    (
        "net.dns",
        r#"System.Net.Http.HttpRequestException: Name or service not known (api:8080)"#,
    ),
    (
        "exec.permission",
        r#"exec /app/start.sh: permission denied"#,
    ),
    (
        "exec.permission",
        r#"/bin/sh: 1: ./start.sh: Permission denied"#,
    ),
    ("exec.permission", r#"Error: spawn /app/bin/tool EACCES"#),
    (
        "exec.permission",
        r#"java.io.IOException: Cannot run program "/app/bin/tool": error=13, Permission denied"#,
    ),
    (
        "exec.permission",
        r#"fork/exec /app/bin/tool: permission denied"#,
    ),
    (
        "exec.permission",
        r#"System.ComponentModel.Win32Exception (13): An error occurred trying to start process '/app/tool' with working directory '/app'. Permission denied"#,
    ),
    (
        "exec.permission",
        r#"standard_init_linux.go:211: exec user process caused "permission denied""#,
    ),
    (
        "windows.os_mismatch",
        r#"hcs::CreateComputeSystem app: The operating system of the container does not match the operating system of the host. (0xc0370101)"#,
    ),
    (
        "kafka.topic_missing",
        r#"KafkaJSProtocolError: This server does not host this topic-partition"#,
    ),
    (
        "kafka.topic_missing",
        r#"org.apache.kafka.common.errors.TimeoutException: Topic orders not present in metadata after 60000 ms."#,
    ),
    (
        "kafka.topic_missing",
        r#"%3|1700000000.000|ERROR|rdkafka#producer-1| [thrd:app]: Local: Unknown topic"#,
    ),
    (
        "exec.permission",
        r#"s6-supervise (child): fatal: unable to exec run: Permission denied"#,
    ),
    (
        "net.addr_in_use",
        r#"thread 'main' panicked at src/main.rs:20:10: called `Result::unwrap()` on an `Err` value: Os { code: 98, kind: AddrInUse, message: "Address in use" }"#,
    ),
    ("net.addr_in_use", r#"Error: Address in use (os error 98)"#),
    (
        "net.addr_in_use",
        r#"error: Failed to start server. Is port 3000 in use?"#,
    ),
    (
        "net.addr_in_use",
        r#"System.IO.IOException: Failed to bind to address http://[::]:80: address already in use."#,
    ),
    (
        "net.addr_in_use",
        r#"Address already in use - bind(2) for "0.0.0.0" port 3000 (Errno::EADDRINUSE)"#,
    ),
    (
        "net.addr_in_use",
        r#"** (RuntimeError) could not start Cowboy2 adapter, the port 4000 is already in use"#,
    ),
    (
        "net.proxy",
        r#"requests.exceptions.ProxyError: HTTPSConnectionPool(host='pypi.org', port=443): Max retries exceeded with url: /simple/ (Caused by ProxyError('Cannot connect to proxy.', NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x7f>: Failed to establish a new connection: [Errno 111] Connection refused')))"#,
    ),
    (
        "net.proxy",
        r#"urllib3.exceptions.ProxyError: Unable to connect to proxy"#,
    ),
    (
        "net.proxy",
        r#"Get "https://api.github.com/": proxyconnect tcp: dial tcp 10.0.0.1:3128: connect: connection refused"#,
    ),
    (
        "net.proxy",
        r#"curl: (5) Could not resolve proxy: proxy.corp.local"#,
    ),
    (
        "net.proxy",
        r#"curl: (56) CONNECT tunnel failed, response 403"#,
    ),
    (
        "net.proxy",
        r#"curl: (56) Received HTTP code 407 from proxy after CONNECT"#,
    ),
    (
        "net.proxy",
        r#"java.io.IOException: Unable to tunnel through proxy. Proxy returns "HTTP/1.1 407 Proxy Authentication Required""#,
    ),
    (
        "net.proxy",
        r#"Error: tunneling socket could not be established, cause=connect ECONNREFUSED 10.0.0.1:3128"#,
    ),
    (
        "windows.os_mismatch",
        r#"docker: Error response from daemon: container app encountered an error during CreateContainer: failure in a Windows system call: The operating system of the container does not match the operating system of the host. (0xc0370101)"#,
    ),
    (
        "lock.held",
        r#"[2024-01-01 00:00:00 +0000] [1] [INFO] Already running on PID 7 (or pid file '/app/gunicorn.pid' is stale)"#,
    ),
    ("lock.held", r#"Another twistd server is running, PID 1"#),
    (
        "lock.held",
        r#"(EE) Server is already active for display 99"#,
    ),
    ("lock.held", r#"A VNC server is already running as :1"#),
    (
        "lock.held",
        r#"FATAL:  lock file "postmaster.pid" already exists"#,
    ),
    (
        "lock.held",
        r#"2024-01-01T00:00:00.000000Z 1 [ERROR] [MY-012574] [InnoDB] Unable to lock ./ibdata1 error: 11"#,
    ),
    (
        "lock.held",
        r#"exception in initAndListen: DBPathInUse: Unable to lock the lock file: /data/db/mongod.lock (Resource temporarily unavailable). Another mongod instance is already running on the /data/db directory, terminating"#,
    ),
    (
        "lock.held",
        r#"java.lang.IllegalStateException: failed to obtain node locks, tried [[/usr/share/elasticsearch/data]] with lock id [0]; maybe these locations are not writable or multiple nodes were started without increasing [node.max_local_storage_nodes] (was [1])?"#,
    ),
    (
        "lock.held",
        r#"org.apache.kafka.common.KafkaException: Failed to acquire lock on file .lock in /var/lib/kafka/data. A Kafka instance in another process or thread is using this directory."#,
    ),
    (
        "lock.held",
        r#"DB::Exception: Cannot lock file /var/lib/clickhouse/status. Another server instance in same directory is already running."#,
    ),
    (
        "lock.held",
        r#"org.neo4j.kernel.StoreLockException: Lock file has been locked by another process: /data/databases/store_lock. Please ensure no other process is using this database, and that the directory is writable (required even for read-only access)"#,
    ),
    (
        "lock.held",
        r#"org.h2.jdbc.JdbcSQLNonTransientConnectionException: Database may be already in use: "/data/app.mv.db". Possible solutions: close all other connection(s); use the server mode [90020-200]"#,
    ),
    (
        "lock.held",
        r#"ERROR XSDB6: Another instance of Derby may have already booted the database /data/db."#,
    ),
    (
        "lock.held",
        r#"net.minecraft.world.level.storage.LevelStorageSource$LevelStorageAccess$AlreadyLockedException: /data/world/session.lock: already locked (possibly by other Minecraft instance?)"#,
    ),
    (
        "lock.held",
        r#"ERROR: Pidfile (celerybeat.pid) already exists."#,
    ),
    (
        "lock.held",
        r#"Failed to start message bus: The pid file "/run/dbus/pid" exists, if the message bus is not running, remove this file"#,
    ),
    (
        "lock.held",
        r#"rsyslogd: pidfile '/var/run/rsyslogd.pid' and pid 1 already exist."#,
    ),
    (
        "lock.held",
        r#"cron: can't lock /var/run/crond.pid, otherpid may be 1: Resource temporarily unavailable"#,
    ),
    (
        "lock.held",
        r#"plyvel._plyvel.IOError: b'IO error: lock /data/db/LOCK: Resource temporarily unavailable'"#,
    ),
    (
        "lock.held",
        r#"rocksdb::Status: IO error: While lock file: /data/rocksdb/LOCK: Resource temporarily unavailable"#,
    ),
    (
        "lock.held",
        r#"The profile appears to be in use by another Chromium process (18) on another computer (abc123). Chromium has locked the profile so that it doesn't get corrupted."#,
    ),
    (
        "lock.held",
        r#"failed to start daemon: pid file found, ensure docker is not running or delete /var/run/docker.pid"#,
    ),
    (
        "lock.held",
        r#"fatal: Unable to create '/repo/.git/index.lock': File exists."#,
    ),
    (
        "lock.held",
        r#"WARNING: Failed to acquire lock. Is another Syncthing instance already running?"#,
    ),
    ("lock.held", r#"httpd (pid 1) already running"#),
    (
        "lock.held",
        r#"[err] It looks like another Tor process is running with the same data directory.  Waiting 5 seconds to see if it goes away."#,
    ),
    (
        "lock.held",
        r#"Oops, cannot start the server. This application is already running (Or delete /opt/app/RUNNING_PID file)."#,
    ),
    (
        "lib.wrong_platform",
        r#"You installed esbuild for another platform than the one you're currently using."#,
    ),
    (
        "lib.wrong_platform",
        r#"Error: The package "@esbuild/linux-arm64" could not be found, and is needed by esbuild."#,
    ),
    (
        "lib.wrong_platform",
        r#"Error: Could not load the "sharp" module using the linux-arm64 runtime"#,
    ),
    (
        "lib.wrong_platform",
        r#"Error: Cannot find module @rollup/rollup-linux-arm64-musl. npm has a bug related to optional dependencies (https://github.com/npm/cli/issues/4828)."#,
    ),
    (
        "lib.wrong_platform",
        r#"Error: Failed to load SWC binary for linux/arm64, see more info here: https://nextjs.org/docs/messages/failed-loading-swc"#,
    ),
    (
        "lib.wrong_platform",
        r#"PrismaClientInitializationError: Prisma Client could not locate the Query Engine for runtime "linux-musl-arm64-openssl-3.0.x"."#,
    ),
    (
        "lib.wrong_platform",
        r#"Error: Cannot find module '../lightningcss.linux-arm64-musl.node'"#,
    ),
    (
        "lib.wrong_platform",
        r#"Error: Cannot find module '@swc/core-linux-x64-gnu'"#,
    ),
    (
        "net.ipv6_unavailable",
        r#"nginx: [emerg] socket() [::]:80 failed (97: Address family not supported by protocol)"#,
    ),
    (
        "net.ipv6_unavailable",
        r#"Error: listen EAFNOSUPPORT: address family not supported ::1:3000"#,
    ),
    (
        "net.ipv6_unavailable",
        r#"Error: listen EADDRNOTAVAIL: address not available ::1:3000"#,
    ),
    (
        "net.ipv6_unavailable",
        r#"Error: connect EADDRNOTAVAIL ::1:5432 - Local (:::0)"#,
    ),
    (
        "net.ipv6_unavailable",
        r#"OSError: [Errno 97] Address family not supported by protocol"#,
    ),
    (
        "net.ipv6_unavailable",
        r#"listen tcp6 [::]:8080: socket: address family not supported by protocol"#,
    ),
    (
        "net.ipv6_unavailable",
        r#"1:M 01 Jan 2024 00:00:00.000 # Could not create server TCP listening socket ::1:6379: bind: Cannot assign requested address"#,
    ),
    (
        "net.ipv6_unavailable",
        r#"java.net.SocketException: Protocol family unavailable"#,
    ),
    (
        "net.ipv6_unavailable",
        r#"dial tcp [2600:1f18::1]:443: connect: network is unreachable"#,
    ),
    (
        "net.ipv6_unavailable",
        r#"[ALERT] 098/102718 (1) : Starting frontend fe: cannot create listening socket [:::8080]"#,
    ),
    (
        "lib.wrong_platform",
        r#"Error: Cannot find module @rollup/rollup-linux-arm64-musl"#,
    ),
    (
        "exec.format_shell",
        r#"/usr/local/bin/supercronic: line 1: syntax error: unexpected "(""#,
    ),
    (
        "exec.format_shell",
        r#"/usr/bin/app: 1: Syntax error: "(" unexpected"#,
    ),
    (
        "exec.format_shell",
        r#"/usr/local/bin/tool: line 1: syntax error near unexpected token `('"#,
    ),
    (
        "exec.format_shell",
        r#"/app/server: line 1: ELF: command not found"#,
    ),
    (
        "db.url",
        r#"error: Error validating datasource `db`: the URL must start with the protocol `postgresql://` or `postgres://`."#,
    ),
    (
        "db.url",
        r#"sqlalchemy.exc.NoSuchModuleError: Can't load plugin: sqlalchemy.dialects:postgres"#,
    ),
    (
        "db.url",
        r#"sqlalchemy.exc.ArgumentError: Could not parse rfc1738 URL from string 'None'"#,
    ),
    (
        "db.url",
        r#"dj_database_url.UnknownSchemeError: Scheme "postgresql+psycopg2://" is unknown."#,
    ),
    (
        "db.url",
        r#"MongoParseError: Invalid scheme, expected connection string to start with "mongodb://" or "mongodb+srv://""#,
    ),
    (
        "db.url",
        r#"sql: unknown driver "postgres" (forgotten import?)"#,
    ),
    (
        "db.url",
        r#"java.sql.SQLException: No suitable driver found for postgresql://db:5432/app"#,
    ),
    (
        "browser.sandbox",
        r#"[0101/000000.000000:ERROR:zygote_host_impl_linux.cc(100)] Running as root without --no-sandbox is not supported. See https://crbug.com/638180."#,
    ),
    (
        "browser.sandbox",
        r#"[0101/000000.000000:FATAL:zygote_host_impl_linux.cc(117)] No usable sandbox! Update your kernel or see https://chromium.googlesource.com/chromium/src/+/main/docs/linux/suid_sandbox_development.md for more information on developing with the SUID sandbox."#,
    ),
    (
        "browser.sandbox",
        r#"[1:1:0101/000000.000000:FATAL:credentials.cc(127)] Failed to move to new namespace: PID namespaces supported, Network namespace supported, but failed: errno = Operation not permitted"#,
    ),
    (
        "browser.missing",
        r#"browserType.launch: Executable doesn't exist at /ms-playwright/chromium-1097/chrome-linux/chrome"#,
    ),
    (
        "browser.missing",
        r#"Host system is missing dependencies to run browsers."#,
    ),
    (
        "browser.missing",
        r#"Error: Could not find Chrome (ver. 119.0.6045.105). This can occur if either"#,
    ),
    (
        "browser.missing",
        r#"Error: Could not find expected browser (chrome) locally. Run `npm install` to download the correct Chromium revision (1022525)."#,
    ),
    (
        "browser.missing",
        r#"selenium.common.exceptions.SessionNotCreatedException: Message: session not created: This version of ChromeDriver only supports Chrome version 114"#,
    ),
    (
        "browser.missing",
        r#"selenium.common.exceptions.WebDriverException: Message: unknown error: cannot find Chrome binary"#,
    ),
    (
        "imagemagick.policy",
        r#"convert-im6.q16: attempt to perform an operation not allowed by the security policy `PDF' @ error/constitute.c/IsCoderAuthorized/421."#,
    ),
    (
        "imagemagick.policy",
        r#"magick: attempt to perform an operation not allowed by the security policy `PS' @ error/constitute.c/IsCoderAuthorized/426."#,
    ),
    (
        "display.missing",
        r#"qt.qpa.xcb: could not connect to display"#,
    ),
    (
        "display.missing",
        r#"QXcbConnection: Could not connect to display"#,
    ),
    ("display.missing", r#"Error: Can't open display: :0"#),
    ("display.missing", r#"Missing X server or $DISPLAY"#),
    (
        "db.migration_state",
        r#"error: Dirty database version 3. Fix and force version."#,
    ),
    (
        "db.migration_state",
        r#"migrate found failed migrations in the target database, new migrations will not be applied. Read more about how to resolve migration issues in a production database: https://pris.ly/d/migrate-resolve"#,
    ),
    (
        "db.migration_state",
        r#"A migration failed to apply. New migrations cannot be applied before the error is recovered from. Read more about how to resolve migration issues in a production database: https://pris.ly/d/migrate-resolve"#,
    ),
    (
        "db.migration_state",
        r#"django.db.migrations.exceptions.InconsistentMigrationHistory: Migration admin.0001_initial is applied before its dependency accounts.0001_initial on database 'default'."#,
    ),
    (
        "db.migration_state",
        r#"ActiveRecord::PendingMigrationError: Migrations are pending. To resolve this issue, run: bin/rails db:migrate RAILS_ENV=production"#,
    ),
    (
        "db.migration_state",
        r#"Error: Migration table is already locked"#,
    ),
    (
        "db.migration_state",
        r#"Error: The migration directory is corrupt, the following files are missing: 20240101_init.js"#,
    ),
    // ECS sidecars (session 19): the X-Ray daemon's and the OpenTelemetry Collector's region
    // lookup, Fluent Bit's AWS outputs' denied calls.
    (
        "aws.no_region",
        r#"2024-01-01T00:00:00Z [Error] Cannot fetch region variable from config file, environment variables, ecs metadata, or ec2 metadata. Use local-mode to use the local config region."#,
    ),
    (
        "aws.no_region",
        r#"2024-01-01T00:00:00.000Z	error	awsutil/conn.go:270	Cannot fetch region variable from config file, environment variables and ec2 metadata."#,
    ),
    (
        "aws.access_denied",
        r#"[2024/01/01 00:00:00] [error] [output:cloudwatch_logs:cloudwatch_logs.0] CreateLogGroup API responded with error='AccessDeniedException', message='User: arn:aws:sts::111122223333:assumed-role/app-task/abc is not authorized to perform: logs:CreateLogGroup'"#,
    ),
    (
        "aws.access_denied",
        r#"[2024/01/01 00:00:00] [error] [output:kinesis_firehose:kinesis_firehose.0] PutRecordBatch API responded with error='AccessDeniedException'"#,
    ),
    (
        "aws.no_credentials",
        r#"[2024-06-26 16:00:34.205][21][error][aws] [source/extensions/common/aws/credentials_provider_impl.cc:302] Could not load AWS credentials document from the task role"#,
    ),
    // A user the container runs as or names is not in the image (session 19).
    ("user.missing", r#"id: ‘app’: no such user"#),
    ("user.missing", r#"chown: invalid user: ‘app:app’"#),
    (
        "user.missing",
        r#"KeyError: 'getpwuid(): uid not found: 1000'"#,
    ),
    (
        "user.missing",
        r#"initdb: error: could not look up effective user ID 1000: user does not exist"#,
    ),
    (
        "user.missing",
        r#"error: failed switching to "app": unable to find user app: no matching entries in passwd file"#,
    ),
    // Node.js older than the code (session 19), by the version that brought what it uses.
    ("runtime.too_old", r#"ReferenceError: fetch is not defined"#),
    (
        "runtime.too_old",
        r#"ReferenceError: structuredClone is not defined"#,
    ),
    (
        "runtime.too_old",
        r#"TypeError: name.replaceAll is not a function"#,
    ),
    (
        "runtime.too_old",
        r#"TypeError: Object.hasOwn is not a function"#,
    ),
    ("runtime.too_old", r#"SyntaxError: Unexpected token '??='"#),
    // API clients and bot libraries without their key or token (session 19).
    (
        "config.missing_env",
        r#"openai.OpenAIError: The api_key client option must be set either by passing api_key to the client or by setting the OPENAI_API_KEY environment variable"#,
    ),
    (
        "config.missing_env",
        r#"TypeError: expected token to be a str, received NoneType instead"#,
    ),
    (
        "config.missing_env",
        r#"telegram.error.InvalidToken: You must pass the token you received from https://t.me/Botfather!"#,
    ),
    (
        "config.missing_env",
        r#"Error [TokenMissing]: Request to use token, but token was unavailable to the client."#,
    ),
    (
        "config.missing_env",
        r#"slack_bolt.error.BoltError: Either an env variable `SLACK_BOT_TOKEN` or `token` argument in the constructor is required."#,
    ),
    // Windows containers (session 19): the Win32 and Winsock errors' FormatMessage texts as Go,
    // CPython, .NET and Rust quote them; PowerShell's and cmd.exe's command-not-found; HCS's.
    (
        "net.refused",
        r#"dial tcp 10.0.1.5:5432: connectex: No connection could be made because the target machine actively refused it."#,
    ),
    (
        "net.refused",
        r#"ConnectionRefusedError: [WinError 10061] No connection could be made because the target machine actively refused it"#,
    ),
    (
        "net.refused",
        r#"System.Net.Http.HttpRequestException: No connection could be made because the target machine actively refused it. (api.internal:8080)"#,
    ),
    (
        "net.timeout",
        r#"dial tcp 10.0.1.5:443: connectex: A connection attempt failed because the connected party did not properly respond after a period of time, or established connection failed because connected host has failed to respond."#,
    ),
    (
        "net.timeout",
        r#"System.Net.Sockets.SocketException (10060): A connection attempt failed because the connected party did not properly respond after a period of time, or established connection failed because connected host has failed to respond."#,
    ),
    (
        "net.addr_in_use",
        r#"listen tcp :80: bind: Only one usage of each socket address (protocol/network address/port) is normally permitted."#,
    ),
    (
        "net.addr_in_use",
        r#"System.Net.Sockets.SocketException (10048): Only one usage of each socket address (protocol/network address/port) is normally permitted."#,
    ),
    (
        "net.dns",
        r#"System.Net.Sockets.SocketException (11001): No such host is known."#,
    ),
    (
        "net.dns",
        r#"socket.gaierror: [Errno 11001] getaddrinfo failed: No such host is known"#,
    ),
    (
        "net.dns",
        r#"dial tcp: lookup db.internal: getaddrinfow: This is usually a temporary error during hostname resolution and means that the local server did not receive a response from an authoritative server."#,
    ),
    (
        "net.unreachable",
        r#"System.Net.Sockets.SocketException (10051): A socket operation was attempted to an unreachable network."#,
    ),
    (
        "net.addr_not_available",
        r#"listen tcp 10.0.0.9:8080: bind: The requested address is not valid in its context."#,
    ),
    (
        "fs.no_space",
        r#"System.IO.IOException: There is not enough space on the disk. : 'C:\app\data\cache.db'"#,
    ),
    (
        "fs.no_space",
        r#"OSError: [WinError 112] There is not enough space on the disk"#,
    ),
    (
        "mem.exhausted",
        r#"System.ComponentModel.Win32Exception (8): Not enough memory resources are available to process this command."#,
    ),
    (
        "mem.exhausted",
        r#"OSError: [WinError 1455] The paging file is too small for this operation to complete"#,
    ),
    (
        "config.missing_file",
        r#"open C:\app\config.yaml: The system cannot find the file specified."#,
    ),
    (
        "config.missing_file",
        r#"Error: The system cannot find the path specified. (os error 3)"#,
    ),
    (
        "fs.permission",
        r#"open C:\ProgramData\app\state.json: Access is denied."#,
    ),
    (
        "fs.permission",
        r#"System.ComponentModel.Win32Exception (5): Access is denied."#,
    ),
    (
        "lock.held",
        r#"System.IO.IOException: The process cannot access the file 'C:\data\app.db' because it is being used by another process."#,
    ),
    (
        "lib.missing",
        r#"System.DllNotFoundException: Unable to load DLL 'libSkiaSharp' or one of its dependencies: The specified module could not be found. (0x8007007E)"#,
    ),
    (
        "lib.missing",
        r#"ImportError: DLL load failed while importing _ssl: The specified module could not be found."#,
    ),
    (
        "exec.format",
        r#"fork/exec C:\app\tool.exe: %1 is not a valid Win32 application."#,
    ),
    (
        "exec.not_found",
        r#"exec: "node": executable file not found in %PATH%"#,
    ),
    (
        "shell.command_not_found",
        r#"The term 'python' is not recognized as the name of a cmdlet, function, script file, or operable program. Check the spelling of the name, or if a path was included, verify that the path is correct and try again."#,
    ),
    (
        "shell.command_not_found",
        r#"'java' is not recognized as an internal or external command,"#,
    ),
    (
        "shell.command_not_found",
        r#"System.ComponentModel.Win32Exception (2): An error occurred trying to start process 'ffmpeg' with working directory 'C:\app'. The system cannot find the file specified."#,
    ),
    (
        "windows.os_mismatch",
        r#"hcsshim::CreateComputeSystem 4e1c: The container operating system does not match the host operating system."#,
    ),
    (
        "windows.os_mismatch",
        r#"a Windows version 10.0.20348-based image is incompatible with a 10.0.17763 host"#,
    ),
];

#[test]
fn each_runtimes_wording_of_a_condition_is_read_as_that_condition() {
    let wrong: Vec<String> = WORDINGS
        .iter()
        .filter_map(|(want, line)| {
            let got = recognise(&[*line]).map(|c| c.signature);
            (got.as_deref() != Some(*want)).then(|| format!("{want} ← {got:?}: {line}"))
        })
        .collect();
    assert!(wrong.is_empty(), "read otherwise:\n{}", wrong.join("\n"));
}

/// Lines whose words belong to a broader condition but mean a narrower or another one, each from
/// its definition (session 17): a pool's, a lock's or a statement's timeout is not the network's,
/// PostgreSQL's dynamic shared memory in /dev/shm is not the disk, a file watcher's ENOSPC is not a
/// full disk, a thread or process limit is not memory, a socket's EACCES is not a file's. Each may
/// be read by its own signature or quoted without a cause, never as the signature beside it.
const NOT_READ_AS: &[(&str, &str)] = &[
    // The server's own log of a client's undefined table and the mysql client's probe are
    // not the application's failure: a migration tool and an entrypoint probe print them before
    // they create the table (session 27).
    ("db.schema_missing", r#"2024-08-06 04:47:56.197 UTC [335] ERROR:  relation "core_artifact" does not exist at character 28"#),
    ("db.schema_missing", "ERROR 1146 (42S02) at line 1: Table 'app.settings' doesn't exist"),
    ("net.timeout", "com.mysql.cj.jdbc.exceptions.MySQLTransactionRollbackException: Lock wait timeout exceeded; try restarting transaction"),
    ("net.timeout", "pymysql.err.OperationalError: (1205, 'Lock wait timeout exceeded; try restarting transaction')"),
    ("net.timeout", "psycopg2.errors.QueryCanceled: canceling statement due to statement timeout"),
    ("net.timeout", "org.postgresql.util.PSQLException: ERROR: canceling statement due to lock timeout"),
    ("net.timeout", "sqlalchemy.exc.TimeoutError: QueuePool limit of size 5 overflow 10 reached, connection timed out, timeout 30.00"),
    ("net.timeout", "System.InvalidOperationException: Timeout expired.  The timeout period elapsed prior to obtaining a connection from the pool."),
    ("net.timeout", "celery.exceptions.TimeLimitExceeded: TimeLimitExceeded(300,)"),
    ("fs.no_space", "2024-01-01 00:00:00.000 UTC [77] ERROR:  could not resize shared memory segment \"/PostgreSQL.1804289383\" to 8388608 bytes: No space left on device"),
    ("fs.no_space", "Error: ENOSPC: no space left on device, watch '/app/src'"),
    ("fs.no_space", "OSError: [Errno 28] inotify watch limit reached"),
    ("mem.exhausted", "java.lang.OutOfMemoryError: unable to create native thread: possibly out of memory or process/resource limits reached"),
    ("mem.exhausted", "bash: fork: retry: Resource temporarily unavailable"),
    ("fs.permission", "java.net.SocketException: Permission denied"),
    ("fs.permission", "nginx: [emerg] bind() to 0.0.0.0:80 failed (13: Permission denied)"),
    ("fs.permission", "git@github.com: Permission denied (publickey)."),
    ("net.tls", "ssl.SSLError: [SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1006)"),
    ("killed", "npm ERR! signal SIGTERM"),
    ("net.refused", "Get \"https://api.github.com/\": proxyconnect tcp: dial tcp 10.0.0.1:3128: connect: connection refused"),
    ("net.dns", "Unable to connect to the server: proxyconnect tcp: dial tcp: lookup proxy.example.org on 10.0.0.2:53: no such host"),
    ("exec.permission", "bash: /var/log/app.log: Permission denied"),
    ("net.timeout", "org.apache.kafka.common.errors.TimeoutException: Timeout expired while fetching topic metadata"),
    ("net.timeout", "io.lettuce.core.RedisCommandTimeoutException: Command timed out after 1 minute(s)"),
    ("native.segfault", "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x4a1b2c]"),
    ("php.fatal", "2023/06/09 17:56:36 Fatal error: failed to mount FUSE fs: fusermount: exit status 1"),
    ("device.missing", "/dev/ttyUSB0: Permission denied"),
    // An IPv6 address the container does not have is IPv6 missing, not a wrong bind address.
    ("net.addr_not_available", "Error: listen EADDRNOTAVAIL: address not available ::1:3000"),
    ("net.addr_not_available", "nginx: [emerg] bind() to [::]:80 failed (99: Cannot assign requested address)"),
    ("nginx.emerg", "nginx: [emerg] socket() [::]:80 failed (97: Address family not supported by protocol)"),
    // An empty URL that SQLAlchemy names as empty is a variable not set (config.missing_env).
    ("db.url", "sqlalchemy.exc.ArgumentError: Could not parse SQLAlchemy URL from string ''"),
    // A script's own syntax error is not a binary for another CPU: line 1 is a shebang.
    ("exec.format_shell", "/entrypoint.sh: line 12: syntax error: unexpected end of file"),
    // Windows says "The system cannot find the file specified" of a program it could not start
    // too: that is a command missing, not a file.
    ("config.missing_file", "System.ComponentModel.Win32Exception (2): An error occurred trying to start process 'ffmpeg' with working directory 'C:\\app'. The system cannot find the file specified."),
];

#[test]
fn a_narrower_condition_is_not_read_as_the_broader_one() {
    let wrong: Vec<String> = NOT_READ_AS
        .iter()
        .filter_map(|(not, line)| {
            let got = recognise(&[*line]).map(|c| c.signature);
            (got.as_deref() == Some(*not)).then(|| format!("{not}: {line}"))
        })
        .collect();
    assert!(
        wrong.is_empty(),
        "read as the broader condition:\n{}",
        wrong.join("\n")
    );
}
