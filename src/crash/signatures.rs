//! The crash signatures, one per shape of crash, most specific first: what a newcomer edits to
//! teach the reader a new failure (`mod.rs` reads them; each needs a real log tail in
//! `tests/corpus/real/crash-logs.jsonl`). Each comment says where its wording is defined.

use super::{Shape, Signature, Wrapper, ANY};

macro_rules! sig {
    ($id:literal, $pattern:literal, $summary:literal, $fix:literal $(,)?) => {
        sig!(
            $id,
            $pattern,
            $summary,
            $fix,
            shapes = ANY,
            wrapper = Wrapper::No
        )
    };
    ($id:literal, $pattern:literal, $summary:literal, $fix:literal, shapes = $shapes:expr $(,)?) => {
        sig!(
            $id,
            $pattern,
            $summary,
            $fix,
            shapes = $shapes,
            wrapper = Wrapper::No
        )
    };
    ($id:literal, $pattern:literal, $summary:literal, $fix:literal, wrapper = $wrapper:expr $(,)?) => {
        sig!(
            $id,
            $pattern,
            $summary,
            $fix,
            shapes = ANY,
            wrapper = $wrapper
        )
    };
    ($id:literal, $pattern:literal, $summary:literal, $fix:literal, shapes = $shapes:expr, wrapper = $wrapper:expr $(,)?) => {
        Signature {
            id: $id,
            pattern: $pattern,
            summary: $summary,
            fix: $fix,
            shapes: $shapes,
            wrapper: $wrapper,
        }
    };
}

/// Every signature, most specific first.
pub static SIGNATURES: &[Signature] = &[
    // ---- memory -------------------------------------------------------------------------------
    // The process could not start a thread. HotSpot: "Failed to start thread \"%s\" -
    // pthread_create failed (%s) for attributes: …" (os/linux/os_linux.cpp), then its
    // "Cannot create worker GC thread. Out of system resources." under the insufficient-memory
    // banner, or java.lang.OutOfMemoryError "unable to create native thread"; Go's
    // "runtime/cgo: pthread_create failed: %s" and "runtime: failed to create new OS thread (have
    // %d already; errno=%d)" (runtime/os_linux.go); Rust's std "failed to spawn thread: Os { code:
    // 1|11 …"; CPython's "can't start new thread"; OpenBLAS's "OpenBLAS blas_thread_init:
    // pthread_create failed for thread %d of %d: %s" (driver/others/blas_server.c, which NumPy
    // and every image with OpenBLAS start at import); Node's CHECK on its platform's worker
    // threads, "Assertion `(0) == (uv_thread_create(…))' failed" (src/node_platform.cc), which
    // names no errno. EPERM is a seccomp profile that refuses the
    // clone3 a newer glibc calls (Docker before 20.10.10, an old libseccomp); EAGAIN a pids or
    // nproc limit. Before java.oom: the JVM's banner says "memory" for either.
    sig!("thread.create", r"pthread_create failed \((?P<e1>EPERM|EAGAIN)\)|Cannot create (?:worker )?GC thread\. Out of system resources|OutOfMemoryError: unable to create (?:new )?native thread|runtime/cgo: pthread_create failed: (?P<e2>Operation not permitted|Resource temporarily unavailable)|failed to create new OS thread \(have \d+ already; errno=(?P<e3>\d+)\)|failed to spawn thread: Os \{ code: (?:1|11),|can't start new thread|blas_thread_init: pthread_create failed for thread \d+ of \d+: (?P<e4>Operation not permitted|Resource temporarily unavailable)|Assertion [`'‘]\(0\) == \(uv_thread_create\(",
        "The process could not start a thread ($e1$e2$e3$e4)",
        "EPERM (Operation not permitted, errno 1): the host's container runtime refuses the clone3 call a newer image's glibc makes (Docker before 20.10.10 or an old libseccomp): update the container instances (a current ECS-optimized AMI) or use a base image the host supports. EAGAIN (errno 11): a pids or nproc limit (ulimits in the container definition) or a thread leak"),
    // HotSpot's native allocation failure ends the VM with "There is insufficient memory for the
    // Java Runtime Environment to continue." (src/hotspot/share/utilities/vmError.cpp).
    // OpenJ9 announces the dumps it writes on an OutOfMemoryError before any stack: JVMDUMP039I
    // "Processing dump event \"%s\", detail \"%s\" ..." (runtime/nls/dump/j9dmp.nls), the detail
    // being the class in its internal form.
    sig!("java.oom", r#"java\.lang\.OutOfMemoryError:?\s*(?P<what>[^\r\n]*)|There is insufficient memory for the Java Runtime Environment to continue|Processing dump event "systhrow", detail "java/lang/OutOfMemoryError""#,
        "Java ran out of memory ($what)",
        "Raise the container's memory, or cap the heap below it (-XX:MaxRAMPercentage=75 or -Xmx); for Metaspace raise -XX:MaxMetaspaceSize"),
    // V8's FatalProcessOutOfMemory as Node prints it ("FATAL ERROR: <where> Allocation failed -
    // JavaScript heap out of memory", src/node_errors.cc OOMErrorHandler; older V8:
    // "CALL_AND_RETRY_LAST Allocation failed - process out of memory", "Committing semi space
    // failed", "Zone Allocation failed").
    sig!("node.heap_oom", r"JavaScript heap out of memory|Reached heap limit Allocation failed|Ineffective mark-compacts near heap limit|<--- Last few GCs --->|Allocation failed - process out of memory|FATAL ERROR: CALL_AND_RETRY_(?:LAST|\d)|FATAL ERROR: (?:Committing semi space failed|Zone Allocation failed|NewSpace::Rebalance Allocation failed)",
        "Node.js ran out of heap memory",
        "Raise the container's memory and set NODE_OPTIONS=--max-old-space-size to about 75% of it, or fix the leak"),
    // Go's runtime: "fatal error: runtime: out of memory" (mheap grow), and the allocator's
    // "runtime: out of memory: cannot allocate %d-byte block (%d in use)" before its
    // "fatal error: out of memory" (runtime/malloc.go, mcache refill).
    sig!("go.oom", r"fatal error: runtime: out of memory|runtime: out of memory: cannot allocate \d+-byte block|^fatal error: out of memory\s*$",
        "Go ran out of memory",
        "Raise the container's memory, or set GOMEMLIMIT below it and bound what the program holds"),
    // A process refused more memory, as each runtime says it (not the kernel's OOM kill, which
    // ends it with SIGKILL and no word): CPython's MemoryError and OSError ENOMEM ("[Errno 12]
    // Cannot allocate memory", strerror(ENOMEM) from fork, mmap or clone), C++'s std::bad_alloc,
    // Ruby's "failed to allocate memory (NoMemoryError)", .NET's System.OutOfMemoryException,
    // the BEAM's "eheap_alloc: Cannot allocate %d bytes of memory", PHP opcache's "mmap()
    // failed: [12] Cannot allocate memory" (zend_shared_alloc_mmap.c), PostgreSQL's "could not
    // map anonymous shared memory: %m" (shared_buffers above what the container may hold,
    // port/sysv_shmem.c), InnoDB's "Cannot allocate memory for the buffer pool" (buf0buf.cc;
    // before 5.7 "Fatal error: cannot allocate …" after its "mmap(%lu bytes) failed; errno 12"
    // from os0proc.cc), Redis's zmalloc "Out Of
    // Memory allocating %zu bytes!"; a child process that could not be forked for want of
    // memory: the JDK's "error=12, Cannot allocate memory" (ProcessImpl), Go's "fork/exec …:
    // cannot allocate memory", libuv's "spawn ENOMEM" in Node. PHP's "Allowed memory size" is
    // its own memory_limit (php.fatal). Rust's "memory allocation of %d bytes failed" is left
    // out: an allocator that does not run on the host's page size fails with it too.
    // Windows: ERROR_NOT_ENOUGH_MEMORY (8) "Not enough memory resources are available to process this
    // command.", ERROR_OUTOFMEMORY (14) "… to complete this operation." and ERROR_COMMITMENT_LIMIT
    // (1455) "The paging file is too small for this operation to complete." (a container's memory
    // limit is its commit limit).
    sig!("mem.exhausted", r"(?P<what>(?:^|[\s(])MemoryError(?::[^\r\n]*)?$|\[(?:Errno )?12\] Cannot allocate memory|could not map anonymous shared memory: Cannot allocate memory|(?i:cannot allocate memory for the buffer pool)|InnoDB: mmap\(\d+ bytes\) failed; errno 12|(?:fork|mmap|malloc|clone|posix_spawn|vfork)[^\r\n]{0,40}: (?i:cannot allocate memory)|error=12, Cannot allocate memory|\bspawn (?:\S+ )?ENOMEM\b|std::bad_alloc|failed to allocate memory \(NoMemoryError\)|System\.OutOfMemoryException|Cannot allocate \d+ bytes of memory|Out Of Memory allocating \d+ bytes|Not enough memory resources are available to (?:process this command|complete this operation)|The paging file is too small for this operation to complete)",
        "The process could not get more memory ($what)",
        "Raise the container's memory (memory in the container definition; the task's memory on Fargate) or make the process hold less; a runtime heap setting above the container's limit fails the same way"),
    // A GPU's own memory, not the container's: PyTorch's "CUDA out of memory. Tried to allocate
    // %s" (c10/cuda/CUDACachingAllocator.cpp, torch.OutOfMemoryError since 2.1) and its older
    // "RuntimeError: CUDA error: out of memory" (cudaGetErrorString(cudaErrorMemoryAllocation)),
    // the driver API's CUDA_ERROR_OUT_OF_MEMORY, TensorFlow's "OOM when allocating tensor with
    // shape" (core/framework/op_kernel.cc ResourceExhausted).
    sig!("gpu.oom", r"CUDA out of memory\.?(?: Tried to allocate (?P<size>[\d.]+ [KMGT]i?B))?|CUDA error: out of memory|CUDA_ERROR_OUT_OF_MEMORY|OOM when allocating tensor",
        "The GPU ran out of its memory (tried to allocate $size)",
        "The model or batch does not fit the GPU's memory, which the container's memory setting does not change: lower the batch size or the model's precision, free cached memory between jobs, or run on an instance type with more GPU memory (one GPU per task: resourceRequirements GPU)"),
    // SIGKILL as each reporter words it: the kernel ("Out of memory: Killed process"), bash's job
    // report ("line N:  PID Killed  cmd", jobs.c with strsignal(SIGKILL) = "Killed"), a shell's
    // exit status 128+9 = 137, yarn ("Command failed with signal \"SIGKILL\".",
    // src/reporters/lang/en.js), npm ("npm ERR! signal SIGKILL", lib/utils/error-message.js),
    // execa/pnpm ("Command was killed with SIGKILL"), uWSGI ("died, killed by signal 9",
    // core/master_utils.c), supervisord ("terminated by SIGKILL", supervisor/process.py),
    // gunicorn ("Worker (pid:N) was sent SIGKILL! Perhaps out of memory?", and before 20.1
    // "Worker with pid %s was terminated due to signal %s", arbiter.py).
    sig!("killed", r#"^\s*Killed\s*$|was sent SIGKILL\b|[Oo]ut of memory: Killed process \d+ \((?P<proc>[^)]+)\)|oom-kill|exited on signal 9 \(SIGKILL\)|signal 9 \(SIGKILL\)|: line \d+:\s+\d+ Killed\s|Command failed with signal "?SIGKILL|(?:npm ERR!|npm error) signal SIGKILL|(?i:command was killed with SIGKILL)|killed by signal 9\b|terminated by SIGKILL|was terminated due to signal 9\b|[Ee]xit(?:ed with)? (?:code|status) 137\b|errno 137\b"#,
        "A process was killed with SIGKILL, as the kernel does when the container runs out of memory",
        "Raise the container's memory (and the task's), or lower what the process uses (fewer workers, smaller batches)"),
    // ---- the disk -----------------------------------------------------------------------------
    // The host's inotify limits, which the kernel reports as ENOSPC (inotify_add_watch: "the user
    // limit on the total number of inotify watches was reached") and EMFILE (inotify_init: the
    // instances limit), inotify(7): Node's fs.watch "ENOSPC: System limit for number of file
    // watchers reached" (lib/internal/fs/watchers.js; older Node "watch ENOSPC", and libuv's
    // errno text before the message named the limit: "ENOSPC: no space left on device, watch
    // '%s'", the syscall being inotify_add_watch), .NET's
    // FileSystemWatcher "The configured user limit (%d) on the number of inotify watches|instances
    // has been reached", the JDK's LinuxWatchService "User limit of inotify watches|instances
    // reached", Python watchdog's "inotify watch|instance limit reached", and Go's fsnotify and
    // Rust's notify ("Error creating recommended watcher: Too many open files") quoting the
    // errno. Before fs.no_space: no disk is full.
    sig!("inotify.limit", r"(?P<what>System limit for number of file watchers reached|\bwatch ENOSPC\b|\bENOSPC: no space left on device, watch\b|user limit \(\d+\) on the number of inotify (?:watches|instances) has been reached|User limit of inotify (?:watches|instances) reached|inotify (?:watch|instance) limit reached|(?i:fsnotify|inotify|watcher)[^\r\n]*?(?i:no space left on device|too many open files))",
        "The host's inotify limit was reached ($what): ENOSPC here is not a full disk",
        "Raise fs.inotify.max_user_watches and fs.inotify.max_user_instances on the container instances (sysctl in the launch template's user data; Fargate does not let a task change them), or watch fewer files: turn file watching and hot reload off outside development"),
    // Shared memory (/dev/shm, a 64 MiB tmpfs in a container unless sharedMemorySize says
    // otherwise) full: PostgreSQL's dsm_impl.c "could not resize shared memory segment \"%s\" to
    // %zu bytes: %m" (ENOSPC from posix_fallocate on /dev/shm, parallel queries), or any
    // ENOSPC that names /dev/shm (Chromium's shared memory files); PyTorch's DataLoader workers
    // ("Unexpected bus error encountered in worker. This might be caused by insufficient shared
    // memory (shm)", torch/csrc/DataLoader.cpp; "… is killed by signal: Bus error. It is possible
    // that dataloader's workers are out of shared memory. Please try to raise your shared memory
    // limit."), NCCL's "Error while creating shared memory segment /dev/shm/nccl-…". Before
    // fs.no_space: the disk is not what is full.
    // 389 Directory Server names the path after the words: "bdb_no_diskspace - No enough space
    // left on device (/dev/shm/slapd-…) (%d bytes)" (ldap/servers/slapd/back-ldbm).
    sig!("shm.too_small", r#"(?i:space left on device)[^\r\n]{0,20}?\((?P<rpath>/dev/shm[^)\s]*)\)|could not resize shared memory segment "(?P<seg>[^"]+)" to \d+ bytes: (?i:no space left on device)|(?P<path>/dev/shm\S*)[^\r\n]*(?i:no space left on device)|insufficient shared memory \(shm\)|out of shared memory\. Please try to raise your shared memory limit|Error while creating shared memory segment (?P<nccl>/dev/shm/\S+)"#,
        "The container's shared memory (/dev/shm, 64 MiB by default) is too small ($seg$path$rpath$nccl)",
        "On the EC2 launch type set linuxParameters.sharedMemorySize (MiB) in the container definition; Fargate supports neither that nor a tmpfs, so there make the program use less shared memory (PostgreSQL: lower max_parallel_workers_per_gather, or set dynamic_shared_memory_type = mmap; Chromium: --disable-dev-shm-usage)"),
    // ENOSPC as each runtime words it: strerror(ENOSPC) "No space left on device" (glibc
    // string/_strerror / sysdeps errlist, musl src/errno/__strerror.h; Python's `OSError: [Errno
    // 28] No space left on device`), Go's syscall error table "no space left on device"
    // (syscall/zerrors_linux_*.go), Erlang's posix atom `enospc` (erts efile), libuv's UV_ENOSPC "no space left on device" that Node prints as
    // `Error: ENOSPC: no space left on device, write` (libuv include/uv.h UV_ERRNO_MAP).
    // Windows: ERROR_DISK_FULL (112) "There is not enough space on the disk." and
    // ERROR_HANDLE_DISK_FULL (39) "The disk is full." (FormatMessage texts, as .NET's IOException,
    // CPython's "[WinError 112]" and Go quote them).
    // SQLite's SQLITE_FULL "database or disk is full" (sqlite3ErrStr, src/main.c) is the same.
    sig!("fs.no_space", r"(?i:no space left on device)|\bENOSPC\b|\benospc\b|There is not enough space on the disk|\bThe disk is full\b|ERROR_(?:HANDLE_)?DISK_FULL|database or disk is full|\bSQLITE_FULL\b",
        "The container's disk is full (no space left on device)",
        "Free or enlarge the storage it writes to: on Fargate raise the task's ephemeralStorage (20 GiB by default), write large or growing data to a mounted volume (EFS), and rotate logs and temporary files"),
    // The process hit its open-file limit (RLIMIT_NOFILE): strerror(EMFILE) "Too many open files"
    // (glibc sysdeps errlist; ENFILE "Too many open files in system"), Go's syscall error table
    // "too many open files" (syscall/zerrors_linux_*.go) as net/http's Serve logs it ("http:
    // Accept error: accept tcp [::]:80: accept4: too many open files; retrying in 1s",
    // net/http/server.go), libuv's UV_EMFILE "too many open files" that Node prints as `Error:
    // EMFILE: too many open files, watch '...'` (include/uv.h UV_ERRNO_MAP), and Node < 8's bare
    // `Error: watch <path> EMFILE` (util._errnoException). inotify_init1 returns EMFILE too when
    // fs.inotify.max_user_instances is reached, which is what file watchers hit.
    sig!("fs.too_many_open_files", r"(?i:too many open files)|\bEMFILE\b",
        "The process ran out of file descriptors (too many open files)",
        "Raise the container's nofile limit (ulimits in the container definition: name nofile, softLimit and hardLimit, up to 1048576 on Fargate) and close what leaks (sockets, files); a file watcher (nodemon, vite dev, tailwind --watch, chokidar) belongs in development, not in the task: run the built app instead"),
    // ---- scripts with Windows line ends -------------------------------------------------------
    // A CR left at a line's end becomes part of the word: bash reports `/bin/bash^M: bad
    // interpreter` (execute_cmd.c, the ^M is cat -v's) and `$'\r': command not found` (its ANSI-C
    // quoting of the command name); coreutils env `env: 'bash\r': No such file or directory`
    // (quote() of argv); busybox env `can't execute 'bash<CR>'`. Only forms that show the CR.
    sig!("exec.crlf", r#"(?P<interp>/[^\s:]*?)(?:\^M|\r): bad interpreter|\$'\\r': command not found|\$'[^'\s]*\\r'|env: ['‘"]?(?P<cmd>[\w./-]+)(?:\\r|\r)['’"]?: No such file or directory|can't execute '(?P<bcmd>[\w./-]+)\r'"#,
        "A script has Windows line endings (CRLF): the shell read a carriage return as part of a command ($interp$cmd$bcmd)",
        "Convert the script to Unix line endings (dos2unix, or .gitattributes `*.sh text eol=lf`) before building the image, or RUN sed -i 's/\\r$//' on it in the Dockerfile"),
    // The server is running but not taking connections yet, or any more: PostgreSQL's
    // CAC_STARTUP, CAC_NOTCONSISTENT, CAC_SHUTDOWN and CAC_RECOVERY answers to a new connection
    // ("the database system is starting up", "… is not yet accepting connections", "… is not
    // accepting connections", "… is shutting down", "… is in recovery mode";
    // src/backend/tcop/backend_startup.c, before 17 postmaster.c). The application started before
    // its database was ready (a database container without a health check to wait for, an RDS
    // reboot or failover): a narrower reading of an unreachable database.
    sig!("db.not_ready", r"the database system is (?P<what>starting up|not yet accepting connections|not accepting connections|shutting down|in recovery mode)",
        "The database server was not accepting connections yet ($what)",
        "Connect only once the database is ready: retry the first connection with a backoff in the application, or give the database container a health check (pg_isready) and this container a dependsOn condition HEALTHY on it; an RDS instance answers so for a minute during a reboot or failover"),
    // The database refused a connection because its connection limit was reached: PostgreSQL's
    // "sorry, too many clients already" (postmaster) and "remaining connection slots are reserved
    // for …" (postinit.c; "non-replication superuser connections" before 16, "roles with …" since),
    // MySQL's ER_CON_COUNT_ERROR 1040 "Too many connections", mongod's "connection refused because
    // too many open connections". A rolling deployment runs old and new tasks side by side, each
    // with its connection pool.
    sig!("db.too_many_connections", r"(?P<what>sorry, too many clients already|remaining connection slots are reserved for [^\r\n]{0,80}|ER_CON_COUNT_ERROR|\b1040\b[^\r\n]{0,20}Too many connections|^(?:ERROR[: ]+)?Too many connections|connection refused because too many open connections)",
        "The database refused a connection: its connection limit was reached ($what)",
        "Keep tasks × pool size under the database's max_connections, with room for a rolling deployment's old and new tasks side by side (maximumPercent): shrink each task's pool, put a connection proxy in front (RDS Proxy, PgBouncer), or raise max_connections (on RDS it follows the instance class)"),
    // A MySQL client without the authentication plugin the server asks for (MySQL 8's default
    // caching_sha2_password; 9.x without mysql_native_password): libmysqlclient's
    // CR_AUTH_PLUGIN_CANNOT_LOAD "Authentication plugin '%s' cannot be loaded: %s" (2059),
    // MariaDB Connector/C's "Plugin %s could not be loaded: %s", PHP mysqlnd's "The server
    // requested authentication method unknown to the client [%s]", mysqljs' ER_NOT_SUPPORTED_AUTH_MODE
    // "Client does not support authentication protocol requested by server", Go's driver
    // "this authentication plugin is not supported". The rest of the line (the plugin's .so that
    // could not be opened) is the same failure, not a library of the program's own.
    sig!("db.auth_plugin", r"(?P<what>Authentication plugin '[^']+' cannot be loaded|Plugin \w+ could not be loaded|The server requested authentication method unknown to the client(?: \[[^\]]+\])?|Client does not support authentication protocol requested by server|this authentication plugin is not supported)[^\r\n]*",
        "The database client lacks the authentication plugin the MySQL server asks for ($what)",
        "Give the image a client that speaks the server's plugin (MySQL 8's caching_sha2_password: a current libmysqlclient, mysql2 rather than mysql in Node, PHP 7.4+), or create the database user with an authentication plugin the client has (ALTER USER ... IDENTIFIED WITH mysql_native_password on MySQL 8.0-8.4)"),
    // The reverse: the client insists on TLS and the server offers none (a database container
    // started without certificates). Go's lib/pq, whose default sslmode is require: ErrSSLNotSupported
    // "pq: SSL is not enabled on the server" (conn.go); pgx's "server refused TLS connection"
    // (pgconn); libpq (psycopg, Ruby pg, psql) "server does not support SSL, but SSL was required"
    // (fe-connect.c); pgJDBC's "The server does not support SSL." (PSQLState CONNECTION_REJECTED);
    // node-postgres' "The server does not support SSL connections" (client.js).
    sig!("db.tls_unsupported", r"(?P<what>pq: SSL is not enabled on the server|server refused TLS connection|server does not support SSL, but SSL was required|The server does not support SSL(?: connections)?\.?)",
        "The client requires TLS and the database server does not offer it ($what)",
        "Turn TLS off in the connection settings for this server (sslmode=disable in the URL; ssl: false in node-postgres) or give the server a certificate; RDS and Aurora offer TLS, a PostgreSQL container does not unless it is configured to"),
    // The database accepts only encrypted connections and this one was not: PostgreSQL's
    // ClientAuthentication "no pg_hba.conf entry for host \"%s\", user \"%s\", database \"%s\",
    // %s" ends with "SSL off" (before 14) or "no encryption" when only hostssl lines match, as on
    // RDS for PostgreSQL with rds.force_ssl = 1 (the default from 15); MySQL's
    // ER_SECURE_TRANSPORT_REQUIRED (3159) "Connections using insecure transport are prohibited
    // while --require_secure_transport=ON." Before db.auth, which reads the same pg_hba line as a
    // refused login.
    sig!("db.tls_required", r#"no pg_hba\.conf entry for host "[^"]*", user "(?P<user>[^"]+)", database "[^"]+", (?:SSL off|no encryption)|Connections using insecure transport are prohibited while --require_secure_transport=ON"#,
        "The database accepts only encrypted (TLS) connections and the application connected without TLS (user $user)",
        "Connect with TLS: sslmode=require (or verify-full with the RDS CA bundle in the image) in the PostgreSQL URL or driver options, ssl/useSSL=true for MySQL drivers. RDS for PostgreSQL 15+ sets rds.force_ssl=1 in its default parameter group and RDS for MySQL may set require_secure_transport: turning them off in a custom parameter group is the other way, and weaker"),
    // ---- the database refused the login -------------------------------------------------------
    // MySQL ER_ACCESS_DENIED_ERROR 1045 "Access denied for user '%-.48s'@'%-.64s' (using
    // password: %s)" (share/messages_to_clients.txt); PostgreSQL "password authentication failed
    // for user \"%s\"" and "no pg_hba.conf entry for host ..." (src/backend/libpq/auth.c); SQL
    // Server error 18456 "Login failed for user '%.*ls'.". Read wherever they appear: a JDBC
    // `Caused by:`, a Flyway block, an ORM's log line, psql. Also: PostgreSQL's FATAL "role
    // \"%s\" does not exist" at connection (src/backend/utils/init/miscinit.c
    // InitializeSessionUserId) and the DETAIL auth.c logs with a failed password ("User \"%s\" has
    // no password assigned.", "Password does not match for user \"%s\".", "User \"%s\" has an
    // expired password."); Redis's "-NOAUTH Authentication required." and, 6.0+,
    // "-WRONGPASS invalid username-password pair or user is disabled." (src/server.c
    // shared.noautherr, src/acl.c), < 6.0 "ERR invalid password"; MongoDB's AuthenticationFailed
    // (code 18) "Authentication failed." as its drivers raise it (MongoServerError, pymongo
    // OperationFailure, Java MongoSecurityException) and Atlas's "bad auth : Authentication
    // failed."; Prisma's P1000 "Authentication failed against database server at `%s`, the
    // provided database credentials for `%s` are not valid." (prisma-engines
    // libs/user-facing-errors/src/common.rs).
    sig!("db.auth", r#"Access denied for user '(?P<muser>[^']*)'@'[^']*' \(using password: (?:YES|NO)\)|DETAIL:\s+(?:User "(?P<duser>[^"]+)" has no password assigned|Password does not match for user "(?P<dmuser>[^"]+)"|User "(?P<deuser>[^"]+)" has an expired password)|password authentication failed for user "(?P<puser>[^"]+)"|no pg_hba\.conf entry for host "[^"]*", user "(?P<huser>[^"]+)"|pg_hba\.conf rejects connection for host "[^"]*", user "(?P<rjuser>[^"]+)"|Login failed for user '(?P<suser>[^']+)'|FATAL:\s+role "(?P<ruser>[^"]+)" does not exist|NOAUTH Authentication required|invalid username-password pair or user is disabled|ERR invalid password|(?:MongoServerError|MongoError|OperationFailure|MongoSecurityException|MongoCommandException)\b[^\r\n]*?(?:bad auth|Authentication failed)|'codeName': 'AuthenticationFailed'|Authentication failed against database server at `[^`]*`, the provided database credentials for `(?P<pruser>[^`]*)` are not valid"#,
        "The database refused the login (user $muser$duser$dmuser$deuser$puser$huser$rjuser$suser$ruser$pruser)",
        "The user name or password the container is given does not match the database's: check the secret or environment variable it reads, that the user exists on that database, and that it may connect from the task's address"),
    // RabbitMQ refused the AMQP login: the broker closes the handshake with 403 ACCESS_REFUSED
    // "Login was refused using authentication mechanism %s. For details see the broker logfile."
    // (rabbitmq-server deps/rabbit/src/rabbit_reader.erl auth_fail), as amqplib, pika and the
    // Java client quote it.
    sig!("mq.auth", r"ACCESS_REFUSED - Login was refused using authentication mechanism (?P<mech>[\w-]+)",
        "RabbitMQ refused the login (ACCESS_REFUSED, mechanism $mech)",
        "The user name or password in the broker URL the container is given does not match a RabbitMQ user: check the secret or environment variable it reads, that the user exists on that broker (the guest user may only connect from localhost) and has permissions on the vhost"),
    // The database named in the connection does not exist on the server: PostgreSQL FATAL
    // "database \"%s\" does not exist" (src/backend/utils/init/postinit.c, SQLSTATE 3D000), MySQL
    // ER_BAD_DB_ERROR 1049 "Unknown database '%-.192s'" (share/messages_to_clients.txt), SQL
    // Server error 4060 "Cannot open database \"%.*ls\" requested by the login. The login
    // failed.", Prisma P1003 "Database `%s` does not exist ..." (user-facing-errors common.rs).
    sig!("db.missing_database", r#"database "(?P<pdb>[^"]+)" does not exist|Unknown database '(?P<mdb>[^']+)'|Cannot open database "(?P<sdb>[^"]+)" requested by the login|Database `(?P<prdb>[^`]+)` does not exist"#,
        "The database server has no database named $pdb$mdb$sdb$prdb",
        "Create the database on the server (or run the step that creates it before the application starts), or correct the database name in the connection string or environment the container is given"),
    // The client fell back to a Unix socket in the container because the database host is
    // "localhost" or unset: the MySQL client's CR_CONNECTION_ERROR 2002 "Can't connect to local
    // MySQL server through socket '%s' (%d)" (libmysql/errmsg.cc; MariaDB Connector/C the same),
    // PHP mysqlnd's "SQLSTATE[HY000] [2002] No such file or directory" (ext/mysqlnd
    // mysqlnd_connection.c with strerror(ENOENT) on the socket), libpq's "connection to server on
    // socket \"%s\" failed" (PostgreSQL 14+, src/interfaces/libpq/fe-connect.c) and older "Is the
    // server running locally and accepting connections on Unix domain socket \"%s\"?" (printed over
    // three lines: the last names the socket). The same connect to a database's socket in other
    // clients' words: libuv's "connect ENOENT <path>" (node-postgres, mysql2, ioredis), Go's
    // "dial unix <path>: connect: no such file or directory" (net.OpError), redis-py's "Error %s
    // connecting to unix socket: %s. %s." (redis/connection.py), for the sockets the servers
    // create: PostgreSQL's .s.PGSQL.<port> (libpq's DEFAULT_PGSOCKET_DIR), mysqld.sock / mysql.sock,
    // redis.sock.
    sig!("db.local_socket", r#"Can't connect to local (?:MySQL|MariaDB) server through socket '(?P<msock>[^']+)'|SQLSTATE\[HY000\] \[2002\] No such file or directory|connection to server on socket "(?P<psock>[^"]+)" failed|(?:accepting\s+|^\s*)connections on Unix domain socket "(?P<osock>[^"]+)"|(?:connect (?:ENOENT|ECONNREFUSED) |dial unix )(?P<nsock>\S*(?:\.s\.PGSQL\.\d+|mysqld?\.sock|redis(?:-server)?\.sock))\b|Error (?:2|111) connecting to unix socket: (?P<rsock>\S+?)\.?\s"#,
        "The database client tried a Unix socket inside the container ($msock$psock$osock$nsock$rsock): its database host is localhost or not set",
        "Set the database host the application reads (DB_HOST, DATABASE_URL, spring.datasource.url) to the database's endpoint (RDS, or the other service's name): localhost means a socket in this container, where no database runs"),
    // The official database images refuse to initialize an empty data directory without a
    // superuser password: docker-library/postgres docker-entrypoint.sh docker_verify_minimum_env
    // "Error: Database is uninitialized and superuser password is not specified.", and
    // docker-library/mysql (and mariadb) docker-entrypoint.sh "Database is uninitialized and
    // password option is not specified" through mysql_error ("[ERROR] [Entrypoint]: ..."; before
    // 2019 "error: database is uninitialized and password option is not specified", before 2015
    // "... and MYSQL_ROOT_PASSWORD not set"); docker-library/mongo's docker-entrypoint.sh when only
    // one of the two is set: "error: missing 'MONGO_INITDB_ROOT_USERNAME' or
    // 'MONGO_INITDB_ROOT_PASSWORD'" ("both must be specified for a user to be created").
    sig!("db.init_password", r"(?i:database is uninitialized and) (?:superuser password is not specified|password option is not specified|MYSQL_ROOT_PASSWORD not set)|error: missing 'MONGO_INITDB_ROOT_USERNAME' or 'MONGO_INITDB_ROOT_PASSWORD'",
        "The database container has an empty data directory and not the superuser credentials to initialize it with",
        "Give the container its password: POSTGRES_PASSWORD (postgres), MYSQL_ROOT_PASSWORD or MARIADB_ROOT_PASSWORD (mysql, mariadb), MONGO_INITDB_ROOT_USERNAME and MONGO_INITDB_ROOT_PASSWORD together (mongo) in the container definition, as a secret (valueFrom a Secrets Manager secret or SSM parameter); a database that must outlive the task belongs in RDS or on an EFS volume"),
    // The mysql and mariadb entrypoints refuse combinations of their own variables before they
    // initialize (docker_verify_minimum_env in docker-library/mysql and MariaDB/mariadb-docker,
    // through mysql_error): MYSQL_USER="root" ("MYSQL_USER and MYSQL_PASSWORD are for configuring
    // a regular user and cannot be used for the root user"; since 2021, docker-library/mysql
    // #749), a password given with its _HASH ("Cannot specify MARIADB_PASSWORD_HASH and
    // MARIADB_PASSWORD option.", "Cannot specify MARIADB_ROOT_PASSWORD_HASH and another
    // MARIADB_ROOT_PASSWORD* option."), and replication without its settings ("For a replica,
    // MARIADB_REPLICATION_USER and MARIADB_REPLICATION is mandatory.", "… not found to create
    // replication user for master", "… is mandatory to specify the replication on the replica
    // image.").
    sig!("db.entrypoint_env", r#"(?P<var>MYSQL_USER)="root", \w+ and \w+ are for configuring a regular user|Cannot specify (?P<hash>MARIADB_(?:ROOT_)?PASSWORD_HASH) and|For a replica, MARIADB_REPLICATION_USER and|MARIADB_REPLICATION_PASSWORD(?: or MARIADB_REPLICATION_PASSWORD_HASH)? (?:not found to create replication user|is mandatory to specify the replication)"#,
        "The database image refuses its environment variables ($var$hash): a combination its entrypoint does not allow",
        "Fix the container's environment as the entrypoint's message says: remove MYSQL_USER=root (root exists already; set MYSQL_ROOT_PASSWORD), give a password or its _HASH but not both, and a replica its MARIADB_REPLICATION_USER, MARIADB_REPLICATION_PASSWORD and MARIADB_MASTER_HOST"),
    // initdb will not create a cluster in a directory that holds anything: "directory \"%s\"
    // exists but is not empty" (src/bin/initdb/initdb.c create_data_directory; pg_log_error
    // "initdb: error: ..." since PostgreSQL 12, before it "initdb: directory ..."), followed by
    // "It contains a lost+found directory, perhaps due to it being a mount point." when it does.
    // MySQL 8's server refuses the same with MY-010457 "--initialize specified but the data
    // directory has files in it. Aborting." (the official image runs mysqld --initialize on an
    // empty datadir only, so a volume's lost+found or another run's files reach it).
    sig!("db.data_dir_not_empty", r#"initdb: (?:error: )?directory "(?P<dir>[^"]+)" exists but is not empty|--initialize specified but the data directory has files in it"#,
        "The database will not initialize its data directory ($dir): it is not empty",
        "Point the data directory at a subdirectory of the mounted volume (PGDATA=/var/lib/postgresql/data/pgdata for PostgreSQL; for MySQL mount the volume one level up or give mysqld --datadir a subdirectory): a volume's root holds lost+found or files of an earlier run; on EFS give the task an access point with its own root directory"),
    // The postgres image 18+ keeps data in a major-version directory (PGDATA
    // /var/lib/postgresql/18/docker, the volume at /var/lib/postgresql) and refuses to start
    // when it finds data where older images kept it: docker_error_old_databases in
    // docker-library/postgres's docker-entrypoint.sh, "Error: in 18+, these Docker images are
    // configured to store database data in a format which is compatible with \"pg_ctlcluster\""
    // (printed wrapped, so the first line is read). An unpinned tag (`latest`, `postgres`) that
    // moved to 18 under an existing volume, or a volume still mounted at …/data.
    sig!("db.postgres18_data_layout", r"Error: in 18\+, these Docker images are configured to store database data",
        "The postgres 18+ image refuses the data at /var/lib/postgresql/data: it keeps data in a major-version directory",
        "Pin the image to the major the data was written with (postgres:17) until it is upgraded with pg_upgrade; a new database mounts its volume at /var/lib/postgresql (not …/data). An unpinned tag such as latest moved to 18 under the existing volume"),
    // The server refuses a data directory of another owner or with open permissions:
    // PostgreSQL's checkDataDir "data directory \"%s\" has wrong ownership" (hint: "The server
    // must be started by the user that owns the data directory.") and "data directory \"%s\" has
    // invalid permissions" (u=rwx (0700) or u=rwx,g=rx (0750); src/backend/utils/init/
    // miscinit.c); ClickHouse's MISMATCHING_USERS_FOR_PROCESS_AND_DATA (430) "Effective user of
    // the process (%s) does not match the owner of the data (%s)" (programs/server/Server.cpp).
    // initdb cannot chmod a data directory it does not own (initdb.c "could not change
    // permissions of directory \"%s\": %m" with EPERM): a host path or a volume owned by
    // another uid.
    sig!("db.data_dir_owner", r#"data directory ["“](?P<dir>[^"”]+)["”] has (?:wrong ownership|invalid permissions)|initdb: error: could not change permissions of directory "(?P<idir>[^"]+)": Operation not permitted|Effective user of the process \((?P<user>[^)]+)\) does not match the owner of the data \([^)]+\)"#,
        "The database refuses its data directory ($dir$idir): its owner or mode is not its server user's ($user)",
        "Give the data volume to the server's user with a private mode: the image's uid as owner (999 for postgres and mysql, 101 for clickhouse) and 0700, set in an EFS access point's root directory or by the image's entrypoint starting as root; a host path or volume another container created keeps that container's owner"),
    // A private key whose mode lets others read it, refused by the program that loads it:
    // PostgreSQL's check_ssl_key_file_permissions (src/backend/libpq/be-secure-common.c:
    // "private key file \"%s\" has group or world access", "… must be owned by the database
    // user or root"; detail "File must have permissions u=rw (0600) or less if owned by the
    // database user, or permissions u=rw,g=r (0640) or less if owned by root."), libpq's client
    // twin (fe-secure-openssl.c) and OpenSSH's sshkey_perm_ok ("Permissions 0%3.3o for '%s' are
    // too open."). A key mounted from a volume or a secret keeps the mode it was written with.
    sig!("tls.key_file_mode", r#"private key file ["“](?P<path>[^"”]+)["”] (?:has group or world access|must be owned by the database user or root)|Permissions 0?\d{3,4} for '(?P<sshpath>[^']+)' are too open"#,
        "A private key file ($path$sshpath) is readable by others, and the program refuses to load it",
        "Give the key mode 0600, owned by the user the program runs as (PostgreSQL: 0600 owned by postgres, or 0640 owned by root): copy it into place with that mode in the image or the entrypoint (install -m 600 -o postgres), since a key mounted from a volume, a secret or the host keeps the mode and owner it was written with"),
    // ---- Official images' entrypoint refusals ----------------------------------------------------
    // The docker-library `file_env` helper, copied into many entrypoints (postgres, mongo,
    // nextcloud, wordpress's older script and countless derived images), reads VAR or VAR_FILE
    // and refuses both: "error: both $var and $fileVar are set (but are exclusive)"; mysql and
    // mariadb print it through mysql_error as "[ERROR] [Entrypoint]: Both ... are set (but are
    // exclusive)".
    sig!("entrypoint.env_file_conflict", r"(?i:both) (?P<var>[A-Za-z_][A-Za-z0-9_]*) and (?P<fvar>[A-Za-z_][A-Za-z0-9_]*_FILE) are set \(but are exclusive\)",
        "The image's entrypoint refuses to start: both $var and $fvar are set",
        "Set only one of the two in the container definition: keep the secret in the plain variable (valueFrom a Secrets Manager secret or SSM parameter) and remove the _FILE one, or keep the _FILE one pointing at a mounted file and remove the plain one; an image built on the official one may already set one of them itself"),
    // docker-library/rabbitmq docker-entrypoint.sh (3.9+) exits on the docker-specific variables
    // it dropped (RABBITMQ_DEFAULT_USER/PASS until 3.9.4, RABBITMQ_VM_MEMORY_HIGH_WATERMARK, the
    // RABBITMQ_SSL_* and RABBITMQ_MANAGEMENT_SSL_* family, ...): "error: $old is set but
    // deprecated" for each, then "error: deprecated environment variables detected".
    sig!("rabbitmq.deprecated_env", r"^\s*error: (?:(?P<var>RABBITMQ_[A-Z0-9_]+) is set but deprecated|deprecated environment variables detected)",
        "The rabbitmq image exits because deprecated RABBITMQ_ environment variables are set",
        "Remove the variables the entrypoint names from the container definition and put their settings in a rabbitmq.conf mounted in /etc/rabbitmq/conf.d/ (default_user, default_pass, vm_memory_high_watermark.relative, ssl_options.*), or pin the image tag to the version the task definition was written for"),
    // nextcloud/docker entrypoint.sh compares the data's version.php with the image's: "Can't
    // start Nextcloud because the version of the data (%s) is higher than the docker image version
    // (%s) and downgrading is not supported." and "Can't start Nextcloud because upgrading from %s
    // to %s is not supported." (one major version at a time).
    sig!("nextcloud.version", r"Can't start Nextcloud because (?:the version of the data \((?P<data>[\d.]+)\) is higher than the docker image version \((?P<image>[\d.]+)\)|upgrading from (?P<from>[\d.]+) to (?P<to>[\d.]+) is not supported)",
        "Nextcloud will not move its data from version $data$from to image version $image$to",
        "Pin the image tag to the data's version: a data version above the image's means the image tag went back (or the web updater upgraded the data in place; update through new image tags only), and an upgrade skips no major version: run each major version's image in turn until the data reaches the one wanted"),
    // --- Servers' start-up refusals (session 9, crash9a) ---
    // PostgreSQL will not open a data directory of another major version: ValidatePgVersion's
    // FATAL "database files are incompatible with server" with the DETAIL "The data directory was
    // initialized by PostgreSQL version %s, which is not compatible with this version %s."
    // (postgres/postgres src/backend/utils/init/miscinit.c; before 10 the data's version as
    // "%ld.%ld"). Only the DETAIL names the versions: the same FATAL also heads a development
    // build's catalog-version mismatch, so it is not read alone.
    sig!("pg.data_version", r"The data directory was initialized by PostgreSQL version (?P<data>\d+(?:\.\d+)?), which is not compatible with this version (?P<server>\d+(?:\.\d+)*)",
        "PostgreSQL $server will not open a data directory initialized by PostgreSQL $data (another major version)",
        "Pin the image tag to the data's major version (postgres:15, not postgres:latest) so the task starts again; to move the data to a new major version, dump and restore it into an empty data directory (pg_dumpall) or run pg_upgrade once, then change the tag in the task definition"),
    // PostgreSQL's configuration file holds a line the server refuses: guc-file.l's
    // "unrecognized configuration parameter \"%s\" in file \"%s\" line %d" (a typo, or a
    // parameter a newer major version removed: `wal_keep_segments` in 13, `promote_trigger_file`
    // in 16), "syntax error in file \"%s\" line %d, near token \"%s\"", "could not open
    // configuration directory", and guc.c's "invalid value for parameter \"%s\"". The server then
    // stops with the FATAL "configuration file \"%s\" contains errors", which names no line.
    sig!("pg.config", r#"(?P<what>unrecognized configuration parameter "[^"]+"|syntax error in file "[^"]+" line \d+|invalid value for parameter "[^"]+"|could not open configuration (?:directory|file) "[^"]+")"#,
        "PostgreSQL refused its configuration: $what",
        "Fix or remove the line named in postgresql.conf (or the -c option of the container's command): a parameter this major version does not know (removed or renamed since the file was written, or a typo) or a value it refuses; a data volume that carries another version's postgresql.conf needs that file updated too"),
    // PostgreSQL refuses to run as root: check_root "\"root\" execution of the PostgreSQL server
    // is not permitted." (postgres/postgres src/backend/main/main.c), initdb "cannot be run as
    // root" (src/bin/initdb/initdb.c; "initdb: error: ..." since 12). The official image's
    // entrypoint starts both as the postgres user; running them directly as root skips that.
    sig!("pg.root", r#""root" execution of the PostgreSQL server is not permitted|^initdb: (?:error: )?cannot be run as root"#,
        "PostgreSQL will not run as root",
        "Start it through the image's entrypoint (docker-entrypoint.sh switches to the postgres user; an entryPoint or command that runs postgres or initdb directly as root skips that), or set the container definition's user to postgres (uid 999 in the official image) on a data volume that user owns"),
    // Servers that refuse to run as root, each in its own words: Elasticsearch's and OpenSearch's
    // Bootstrap.initializeNatives ("can not run elasticsearch as root", "don't run elasticsearch
    // as root." before 5.0; OpenSearch's fork "can not run opensearch as root"), Jupyter's
    // Notebook/Lab/Server ("Running as root is not recommended. Use --allow-root to bypass."),
    // Kibana's src/setup_node_env/root ("Kibana should not be run as root.  Use --allow-root to
    // continue."), mysqld's check_user() ("Please read \"Security\" section of the manual to find
    // out how to run mysqld as root!", MY-010123) and memcached's "can't run as root without the
    // -u switch" (memcached.c), Open MPI's launcher ("%s has detected an attempt to run as
    // root.", the tool's own name: mpirun, mpiexec, or PRRTE's prterun since Open MPI 5). The
    // official images start as root and step down in their entrypoint, or set USER: an
    // entryPoint or command override that runs the server directly, or a container
    // definition's user of root, skips that.
    sig!("root.refused", r#"(?P<what>can not run (?:elasticsearch|opensearch) as root|don't run elasticsearch as root|Running as root is not recommended\. Use --allow-root to bypass|(?:Kibana|OpenSearch Dashboards) should not be run as root\.\s+Use --allow-root to continue|Please read "Security" section of the manual to find out how to run mysqld as root|can't run as root without the -u switch|\S+ has detected an attempt to run as root)"#,
        "The program refuses to run as root ($what)",
        "Run it as the user the image was made for: the container definition's user (Elasticsearch, OpenSearch and Kibana images use uid 1000, Jupyter's jovyan 1000), or keep the image's own entrypoint, which steps down from root (an entryPoint or command override that starts the server directly skips that). Where the program has an override and root is what you want, pass it: --allow-root for Jupyter and Kibana, mysqld --user=root, memcached -u root, Open MPI's mpirun --allow-run-as-root (or OMPI_ALLOW_RUN_AS_ROOT=1 with OMPI_ALLOW_RUN_AS_ROOT_CONFIRM=1)"),
    // Seastar (ScyllaDB, Redpanda) sets up Linux AIO contexts per core at start and stops when
    // the host has too few left: "Could not setup Async I/O: %s. The most common cause is not
    // enough request capacity in /proc/sys/fs/aio-max-nr. Try increasing that number or reducing
    // the amount of logical CPUs available for your application", and, with the numbers, "The
    // required nr_event (%d) exceeds the limit of request capacity in /proc/sys/fs/aio-max-nr
    // (%d)" (seastar src/core/reactor.cc), after its warning "Requested AIO slots too large,
    // please increase request capacity in /proc/sys/fs/aio-max-nr". fs.aio-max-nr is host-wide: every container on the
    // instance draws from one pool, and no task can raise it.
    sig!("host.aio_max_nr", r"Could not setup Async I/O|Requested AIO slots too large|exceeds (?:the limit of request capacity in |the capacity in )?/proc/sys/fs/aio-max-nr",
        "The host's pool of asynchronous I/O contexts (fs.aio-max-nr) is used up",
        "fs.aio-max-nr is a host setting no task can change (ECS systemControls take only namespaced keys; Fargate has none): on the EC2 launch type raise it on the instances (sysctl -w fs.aio-max-nr=1048576 in the launch template's user data); or make the program use fewer AIO contexts (Seastar: fewer cores with --smp, or --reactor-backend epoll), and run fewer such containers per instance"),
    // io_uring refused: Netty's native transport "failed to create io_uring ring fd" followed by
    // strerror (transport-native-io_uring/src/main/c/netty_io_uring_native.c, with ";", ":" or a
    // space before it by version) and 4.2's "failed to allocate memory for io_uring ring; try
    // raising memlock limit"; liburing programs' "io_uring_queue_init…: Operation not permitted";
    // PostgreSQL 18's io_method=io_uring "could not setup io_uring queue: %m"
    // (src/backend/storage/aio/method_io_uring.c); OCaml's uring bindings (Eio) raising
    // Unix_error(EPERM, "io_uring_queue_init", "").
    // Docker 25 and containerd 2.0 removed io_uring_setup/enter/register from their default
    // seccomp profiles (moby/moby#46762, containerd/containerd#9320): EPERM in a container. ENOMEM
    // is the memlock limit, ENOSYS a kernel without io_uring or with it disabled.
    sig!("io_uring.denied", r#"failed to create io_uring ring fd[;:]? ?(?P<err>Operation not permitted|Cannot allocate memory|Function not implemented)|(?P<memlock>failed to allocate memory for io_uring ring)|io_uring_(?:queue_init\w*|setup)[^\r\n]{0,40}?(?P<err2>Operation not permitted|Cannot allocate memory|Function not implemented)|could not setup io_uring queue: (?P<err3>Operation not permitted|Cannot allocate memory|Function not implemented)|Unix_error\(Unix\.(?P<uerr>EPERM|ENOMEM|ENOSYS), "io_uring_queue_init""#,
        "The program could not set up io_uring ($err$err2$err3$uerr$memlock)",
        "\"Operation not permitted\": the container runtime's default seccomp profile refuses io_uring (Docker 25 and later, containerd 2.0), and an ECS task definition cannot choose another profile: switch the program to epoll (Netty: the epoll or NIO transport; Seastar: --reactor-backend epoll), or run the container privileged on the EC2 launch type. \"Cannot allocate memory\" or the memlock message: raise the memlock ulimit in the container definition. \"Function not implemented\": the host's kernel has no io_uring or has it disabled"),
    // Elasticsearch's bootstrap checks, enforced once it binds a non-loopback address (every
    // container that publishes its port) unless discovery.type is single-node: "max virtual
    // memory areas vm.max_map_count [%d] is too low, increase to at least [%d]" (5.0: "likely too
    // low"), printed as "[1]: ..." under "ERROR: [1] bootstrap checks failed", since 8.0 as
    // "bootstrap check failure [1] of [1]: ..." (elastic/elasticsearch server/src/main/java/org/
    // elasticsearch/bootstrap/BootstrapChecks.java MaxMapCountCheck; OpenSearch kept the class).
    // vm.max_map_count is not namespaced: the host's value applies inside every container.
    sig!("es.max_map_count", r"max virtual memory areas vm\.max_map_count \[(?P<have>\d+)\] (?:is|likely) too low, increase to at least \[(?P<want>\d+)\]",
        "Elasticsearch's bootstrap check failed: the host's vm.max_map_count is $have, below $want",
        "A task cannot raise vm.max_map_count (a host setting; ECS systemControls take only namespaced kernel.* and net.* sysctls): run a single node with discovery.type=single-node in the container's environment (the checks are then not enforced) or node.store.allow_mmap=false, or on the EC2 launch type raise it on the instances (sysctl -w vm.max_map_count=262144 in the launch template's user data)"),
    // The same checks on the process's limits (BootstrapChecks.java FileDescriptorCheck "max file
    // descriptors [%d] for elasticsearch process is too low, increase to at least [%d]",
    // MaxNumberOfThreadsCheck "max number of threads [%d] for user [%s] is too low, increase to
    // at least [%d]", MlockallCheck "memory locking requested for elasticsearch process but memory
    // is not locked"); OpenSearch prints "opensearch process".
    sig!("es.ulimit", r"(?P<msg>max file descriptors \[\d+\] for (?:elasticsearch|opensearch) process (?:is|likely) too low, increase to at least \[\d+\]|max number of threads \[\d+\] for user \[[^\]]*\] (?:is|likely) too low, increase to at least \[\d+\]|memory locking requested for (?:elasticsearch|opensearch) process but memory is not locked)",
        "Elasticsearch's bootstrap check failed on a process limit: $msg",
        "Raise the limit in the container definition's ulimits (nofile soft and hard 65535 or more, nproc 4096 or more, memlock -1 when bootstrap.memory_lock=true, or drop bootstrap.memory_lock); a single node can instead set discovery.type=single-node, which does not enforce the checks"),
    // DiscoveryConfiguredCheck (BootstrapChecks.java, 7.0+): "the default discovery settings are
    // unsuitable for production use; at least one of [%s] must be configured".
    sig!("es.discovery", r"the default discovery settings are unsuitable for production use; at least one of \[(?P<settings>[^\]]+)\] must be configured",
        "Elasticsearch's bootstrap check failed: no cluster discovery is configured ($settings)",
        "For a single node set discovery.type=single-node in the container's environment; for a cluster set discovery.seed_hosts to the other nodes' addresses (a Cloud Map service name) and cluster.initial_master_nodes for the first start"),
    // Redis loads dump.rdb at start and refuses a file from a newer Redis: "Can't handle RDB
    // format version %d" (redis/redis src/rdb.c rdbLoadRioWithLoadingCtx), then "Fatal error
    // loading the DB: %s. Exiting." (src/server.c). RDB 9 is Redis 5.0's, 10 7.0's, 11 7.2's,
    // 12 7.4's (src/rdb.h RDB_VERSION).
    sig!("redis.rdb_version", r"Can't handle RDB format version (?P<ver>\d+)",
        "Redis cannot load its dump file: RDB format version $ver was written by a newer Redis than the image's",
        "Run a Redis image at least as new as the one that wrote the dump (RDB 9 = Redis 5.0, 10 = 7.0, 11 = 7.2, 12 = 7.4), or remove dump.rdb from the data volume if the data is not needed; a Redis that only caches needs no volume"),
    // Redis stops at start when the data it saved cannot be read back (redis/redis src/rdb.c,
    // src/aof.c): a file that is no RDB ("Wrong signature trying to load DB from file"), a dump
    // cut short ("Short read or OOM loading DB. Unrecoverable error, aborting now.", then
    // rdbReportError's "Internal error in RDB reading offset %llu, function at rdb.c:%d ->
    // Unexpected EOF reading RDB file", "reading function at" before 7.0), a checksum that does
    // not match ("Wrong RDB checksum expected: (%llx) but got (%llx). Aborting now."), a module's
    // value cut short (src/module.c "Error loading data from RDB (short read or EOF)"), an AOF
    // damaged ("Bad file format reading the append only file %s: make a backup of your AOF file,
    // then use ./redis-check-aof --fix <filename.manifest>") or cut short ("Unexpected end of
    // file reading the append only file %s. You can: …"). Redis then prints "Fatal error loading
    // the DB, check server logs. Exiting." (src/server.c, ": %s. Exiting." before 7.0), which
    // is not read alone: an RDB version from a newer Redis ends the same way.
    sig!("redis.data_corrupt", r"(?P<what>Wrong signature trying to load DB from file|Short read or OOM loading DB|Unexpected EOF reading RDB file|Wrong RDB checksum|Error loading data from RDB \(short read or EOF\)|Bad file format reading the append only file|Unexpected end of file reading the append only file)",
        "Redis cannot load the data it saved on its volume: $what",
        "The dump.rdb or append-only file on the data volume is damaged or is not Redis's: a save cut short (the disk filled, or the container was killed while writing: ECS kills it 30 s after SIGTERM unless the container's stopTimeout is longer) or another program's file at that path. Keep a copy, then repair it from a one-off task on the same volume (redis-check-aof --fix on the AOF manifest; redis-check-rdb shows where a dump breaks), or remove it when the data is only a cache; give the volume room for a second copy of the data, since a save writes a temporary file first"),
    // InnoDB will not upgrade a data directory whose redo log holds changes a crash or a fast
    // shutdown left: MySQL "Upgrade after a crash is not supported. This redo log was created with
    // %s" (mysql/mysql-server storage/innobase/log/log0recv.cc NO_UPGRADE_RECOVERY_MSG), 8.0.30+
    // "[MY-012526] Upgrade is not supported after a crash or shutdown with innodb_fast_shutdown =
    // 2. This redo log was created with %s, and it appears logically non empty."; MariaDB
    // "InnoDB: Upgrade after a crash is not supported. The redo log was created with %s. You must
    // start up and shut down MariaDB 10.7 or earlier." (MariaDB/server storage/innobase/log/
    // log0recv.cc), older "... This redo log was created before MariaDB 10.2.2".
    sig!("innodb.upgrade_after_crash", r"Upgrade (?:after a crash is not supported|is not supported after a crash or shutdown with innodb_fast_shutdown = 2)\.\s+(?:(?:This|The) redo log was created with (?P<creator>[A-Za-z][\w-]* \d+(?:\.\d+)*))?",
        "The new MySQL/MariaDB will not upgrade a data directory its previous version did not shut down cleanly ($creator)",
        "Start the previous image tag once on the same volume and stop it cleanly (innodb_fast_shutdown=0, and a stopTimeout long enough for mysqld to finish: ECS kills the container 30 s after SIGTERM by default), then start the new tag; or restore a dump into an empty data directory"),
    // MongoDB will not start on data files a version more than one major release older left:
    // "UPGRADE PROBLEM: The data files need to be fully upgraded to version %s before attempting
    // an upgrade to %s" (3.6-4.4) / "... before attempting a binary upgrade" (5.0+), logged as
    // "Wrong mongod version" (mongodb/mongo src/mongo/db/repair_database_and_check_version.cpp
    // mustDowngradeErrorMsg, later startup_recovery.cpp downgradeError), "UPGRADE PROBLEM: Found an
    // invalid featureCompatibilityVersion document" (the same check on an FCV the binary does not
    // accept), and WiredTiger's refusal in 5.0+ "This version of MongoDB is too recent to start up
    // on the existing data files. Try MongoDB 4.2 or earlier." (src/mongo/db/storage/wiredtiger/
    // wiredtiger_kv_engine.cpp, id 4671205).
    sig!("mongo.data_version", r"UPGRADE PROBLEM: (?:(?P<need>The data files need to be fully upgraded to version [\d.]+) before attempting (?:an upgrade to [\d.]+|a binary upgrade)|Found an invalid featureCompatibilityVersion document)|This version of MongoDB is too recent to start up on the existing data files(?:\. (?P<older>Try MongoDB [\d.]+ or earlier))?",
        "MongoDB will not open data files left by an older version (it upgrades one major version at a time): $need$older",
        "Pin the mongo image tag back to the version the data last ran with, then step the tag up one major version at a time (3.6, 4.0, 4.2, 4.4, 5.0, 6.0, 7.0, 8.0), running db.adminCommand({setFeatureCompatibilityVersion: ...}) for each before the next; or mongodump the data and mongorestore it into an empty volume"),
    // Redis refuses a line of its configuration (a redis.conf, or the command's arguments, which
    // it reads as configuration lines): "*** FATAL CONFIG FILE ERROR (Redis %s) ***" ("*** FATAL
    // CONFIG FILE ERROR ***" before 6.0), "Reading the configuration file, at line %d", ">>> '%s'"
    // with the line, then the reason ("Bad directive or wrong number of arguments", 7.0+ "wrong
    // number of arguments" and others) (redis/redis src/config.c loadServerConfigFromString). The
    // ">>> '...'" line names what to fix; the header alone is read when it is missing. Valkey, the
    // fork, prints the same header with its own name (src/config.c).
    sig!("redis.config", r"\*\*\* FATAL CONFIG FILE ERROR(?: \((?:Redis|Valkey) [\d.]+\))? \*\*\*|^\s*>>> '(?P<cfg>[^\r\n]*)'\s*$",
        "Redis refused a line of its configuration ($cfg)",
        "Fix the line shown in redis.conf or the container's command: a directive the image's Redis does not know (a redis.conf written for a newer Redis: match the image tag to it), or an argument that is empty or glued to another (an unset variable as in --requirepass with no value, or several options in one command element: give each flag and each value its own element)"),
    // Fluent Bit (and AWS for Fluent Bit, the FireLens log router) refuses its configuration:
    // "[error] [config] section '%s' tried to instance a plugin name that doesn't exist" (before
    // 2.0 "... that don't exists"), "[error] [config] section '%s' is missing the 'name' property"
    // (fluent/fluent-bit src/flb_config.c), "[error] [config] error in %s:%i: %s" (src/
    // config_format/flb_cf_fluentbit.c, "undefined key/value - check config is in valid classic
    // format"), closed by "configuration file contains errors, aborting." (src/flb_utils.c).
    sig!("fluentbit.config", r"\[error\] \[config\] (?P<msg>section '[^']+' tried to instance a plugin name that (?:doesn't exist|don't exists)|section '[^']+' is missing the 'name' property|error in [^\s:]+:\d+: [^\r\n]+)",
        "Fluent Bit refused its configuration: $msg",
        "Fix the Fluent Bit configuration named (on ECS the file in firelensConfiguration's config-file-value and the options of the awsfirelens logConfiguration, whose Name becomes an [OUTPUT] plugin): use a plugin name the image includes, give every section a Name, and write the classic format (FireLens does not read YAML); if only the image tag changed, pin the tag that worked"),
    // MinIO's drive check opens a file with O_DIRECT; a filesystem without it (tmpfs, older ZFS,
    // some FUSE and Docker Desktop bind mounts) answers EINVAL: errUnsupportedDisk "drive does not
    // support O_DIRECT" (minio/minio cmd/storage-errors.go) with the hint "Drive '%s' does not
    // support O_DIRECT flags, MinIO erasure coding requires filesystems with O_DIRECT support"
    // (cmd/storage-rest-server.go logFatalErrs, under internal/config/errors.go
    // ErrUnsupportedBackend "Please ensure your drive supports O_DIRECT"; 2020 releases "'%s' does
    // not support O_DIRECT flags, refusing to use"), and the raw EINVAL "Unable to use the drive
    // %s: %v" (cmd/prepare-storage.go) as "open .../.writable-check-<id>.tmp: invalid argument".
    // Releases of May 2020 printed that EINVAL under a hint to fix permissions: it is not one.
    sig!("minio.odirect", r"'(?P<path>[^']+)' does not support O_DIRECT flags|(?i:drive|disk)s? (?:does|do) not support O_DIRECT|Please ensure your (?:drive|disk) supports O_DIRECT|Unable to use the drive (?P<drive>\S+?): (?:open \S+ )?invalid argument|open (?P<wpath>/\S*?)/(?:\.minio\.sys/tmp/)?\.writable-check-[0-9a-f]+\.tmp: invalid argument",
        "MinIO cannot use its drive ($path$drive$wpath): the filesystem does not support O_DIRECT",
        "Put MinIO's drive on a filesystem that supports O_DIRECT (ext4 or xfs, e.g. an EBS volume): tmpfs, older ZFS and some FUSE or network mounts do not, and changing owners or permissions does not help; erasure coding (several drives) requires it"),
    // --- Servers' start-up refusals, second pass (session 9, crash10a) ---
    // Apache httpd refuses its configuration in two places (apache/httpd server/config.c): a
    // directive's handler failing while the tree is walked logs APLOGNO(00526) "Syntax error on
    // line %d of %s:" with the reason on the next line (ap_process_config_tree); a failure while
    // the file is read (an Include that matches nothing, a LoadModule that cannot load) returns
    // "Syntax error on line %d of %s: %s", which ap_read_config logs as "%s: %s" after the
    // program's name (httpd, apache2). Before net.addr_in_use and fs.permission: the reason may say
    // "Permission denied" about a file the configuration names.
    sig!("httpd.config", r"(?:AH00526: |(?:^|[\s:])(?:httpd|apache2): )Syntax error on line (?P<line>\d+) of (?P<file>/[^\s:]+):",
        "Apache httpd refused its configuration: line $line of $file",
        "Fix the directive at that line (the log's next words say why; httpd -t or apachectl configtest in the image checks it): \"Invalid command\" is a module the image does not load (LoadModule, a2enmod), \"DocumentRoot must be a directory\" is a path missing from the image or a volume not mounted (the container definition's mountPoints), and a ${VAR} in the file must be set in the container's environment"),
    // supervisord reads its whole configuration before it starts any program and exits through
    // usage() ("Error: %s" then "For help, use %s -h", exit 2) on: ".ini file does not include
    // supervisord section" (supervisorctl: "... supervisorctl section"), ".ini file has [include]
    // section, but no files setting", "could not find config file %s", "could not read config
    // file %s", "No config file found at default paths (%s); use the -c option ..."
    // (Supervisor/supervisor supervisor/options.py), and ConfigParser's "File contains no section
    // headers." (Python's Lib/configparser.py MissingSectionHeaderError).
    // supervisord will not start when its own HTTP server's address is taken: "Another program is
    // already listening on a port that one of our HTTP servers is configured to use.  Shut this
    // program down first before starting supervisord." (supervisor/options.py, on EADDRINUSE for
    // the [unix_http_server] socket file or the [inet_http_server] port). In a container it is
    // nearly always the socket file an earlier run left where the container keeps it (a volume),
    // or a second supervisord on the same volume.
    sig!("supervisor.socket_in_use", r"Another program is already listening on a port that one of our HTTP servers is configured to use",
        "supervisord's own control socket or HTTP port is already taken",
        "Keep [unix_http_server]'s file (and the pidfile) on the container's own filesystem, e.g. /tmp or /run, not on a persistent or shared volume where an earlier run or another container's supervisord left it, or remove it before supervisord starts; an [inet_http_server] port must be one nothing else in the task binds"),
    sig!("supervisor.config", r"(?:^|\s)Error: (?P<msg>\.ini file does not include (?:supervisord|supervisorctl) section|\.ini file has \[include\] section, but no files setting|could not (?:find|read) config file \S+|No config file found at default paths|File contains no section headers\.)",
        "supervisord refused its configuration: $msg",
        "Give supervisord a complete configuration file: the file passed with -c (or /etc/supervisord.conf, /etc/supervisor/supervisord.conf) must exist in the image or a mounted volume and start with a [supervisord] section (nodaemon=true in a container), and the program files it includes need their [program:x] headers; supervisorctl in an entrypoint also needs [supervisorctl] and [unix_http_server]"),
    // php-fpm checks every pool's user and group before it forks (php/php-src
    // sapi/fpm/fpm/fpm_unix.c): "[pool %s] cannot get uid for user '%s'", "[pool %s] cannot get
    // gid for group '%s'" (getpwnam/getgrnam found no such name in the image's /etc/passwd or
    // /etc/group), and "[pool %s] please specify user and group other than root" (running as
    // root without -R); then "FPM initialization failed".
    sig!("phpfpm.pool_user", r"\[pool (?P<pool>[^\]]+)\] (?P<msg>cannot get uid for user '(?P<user>[^']*)'|cannot get gid for group '(?P<group>[^']*)'|please specify user and group other than root)",
        "php-fpm refused the user or group of pool $pool: $msg",
        "Set the pool's user and group (www.conf in php-fpm.d) to names that exist in the image (www-data in the official php images, nobody or a user created in the Dockerfile), or numeric ids; a pool may not run as root unless php-fpm is started with -R (--allow-to-run-as-root), and if the container runs as a non-root user (the task definition's user) drop the user and group lines instead"),
    // Redis exits when the configuration file named on its command line cannot be opened:
    // "Fatal error, can't open config file '%s': %s" (redis/redis src/config.c
    // loadServerConfig; before 6.2 without ": %s"). redis-server takes its first argument as that
    // file unless it starts with "--", so "-p 6379" given to the image ends here as '-p'.
    sig!("redis.config_file", r"Fatal error, can't open config file '(?P<path>[^']*)'(?:: (?P<why>[^\r\n]+))?",
        "redis-server could not open its configuration file '$path' ($why)",
        "Put the file at that path: bake it into the image or mount it (the container definition's mountPoints; on EFS an access point whose uid can read it, since redis 8 images run redis as the redis user), or drop the path from the command; options go after redis-server as --option value (--port 6379, not -p)"),
    // Kafka (ZooKeeper mode) stores the cluster's id in meta.properties in each log directory and
    // refuses a ZooKeeper that holds another: InconsistentClusterIdException "The Cluster ID %s
    // doesn't match stored clusterId %s in meta.properties. The broker is trying to join the wrong
    // cluster. Configured zookeeper.connect may be wrong." (apache/kafka
    // core/src/main/scala/kafka/server/KafkaServer.scala startup; the stored id is an Option, so
    // it prints as Some(...)).
    sig!("kafka.cluster_id", r"The Cluster ID (?P<zk>\S+) doesn't match stored clusterId (?:Some\()?(?P<stored>[^)\s]+)\)? in meta\.properties",
        "The Kafka broker's data was written for cluster $stored, but its ZooKeeper holds cluster $zk",
        "Give ZooKeeper persistent storage as well (its dataDir on a volume like the broker's log.dirs), since a ZooKeeper that restarts empty mints a new cluster id; if the new cluster is intended, delete meta.properties from the broker's data volume, and check that zookeeper.connect (KAFKA_ZOOKEEPER_CONNECT, with its chroot) points at this cluster's ZooKeeper"),
    // Kafka (ZooKeeper mode) registers each broker as an ephemeral znode /brokers/ids/<id>; a node
    // left by a session that has not yet expired (or by another broker with the same id) stops
    // the start: "Error while creating ephemeral at %s, node already exists and owner '%s' does
    // not match current session '%s'" then NodeExistsException "KeeperErrorCode = NodeExists"
    // without a path (apache/kafka core/src/main/scala/kafka/zk/KafkaZkClient.scala
    // CheckedEphemeral); before 2.0 "A broker is already registered on the path %s. This probably
    // indicates that you either have configured a brokerid that is already in use, or else you
    // have shutdown this broker and restarted it faster than the zookeeper timeout so it appears
    // to be re-registering." (core/src/main/scala/kafka/utils/ZkUtils.scala).
    sig!("kafka.broker_registered", r"Error while creating ephemeral at (?P<znode>/brokers/ids/\d+), node already exists|A broker is already registered on the path (?P<oznode>/brokers/ids/\d+)|KeeperException\$NodeExistsException: KeeperErrorCode = NodeExists\s*$",
        "The Kafka broker's id is still registered in ZooKeeper ($znode$oznode): an earlier session of this broker, or another broker with the same broker.id",
        "Give every broker task its own broker.id (KAFKA_BROKER_ID), and let the old broker's ZooKeeper session end before its replacement starts: stop brokers cleanly (a stopTimeout long enough for a controlled shutdown) or delay the restart past zookeeper.session.timeout.ms; a ZooKeeper that kept its data while the broker's was reset holds the registration until then"),
    // Cassandra will not start under another data center or rack than the one its system
    // keyspace recorded: "Cannot start node if snitch's data center (%s) differs from previous
    // data center (%s). Please fix the snitch configuration, decommission and rebootstrap this
    // node or use the flag -Dcassandra.ignore_dc=true." and "Cannot start node if snitch's rack
    // (%s) differs from previous rack (%s). ... -Dcassandra.ignore_rack=true." (apache/cassandra
    // src/java/org/apache/cassandra/db/SystemKeyspace.java checkHealth, since 4.0
    // src/java/org/apache/cassandra/service/StartupChecks.java).
    sig!("cassandra.dc_changed", r"Cannot start node if snitch's (?:data center \((?P<dc>.*?)\) differs from previous data center \((?P<prevdc>.*?)\)(?:\.|$)|rack \((?P<rack>.*?)\) differs from previous rack \((?P<prevrack>.*?)\)(?:\.|$))",
        "Cassandra will not start: the snitch's data center or rack ($dc$rack) is not the one its data was written in ($prevdc$prevrack)",
        "Start the node with the data center and rack its data was written in (the official image's CASSANDRA_DC and CASSANDRA_RACK, which only apply with CASSANDRA_ENDPOINT_SNITCH=GossipingPropertyFileSnitch, or cassandra-rackdc.properties), or on an empty data volume; moving a node that holds data to another data center needs decommission and re-bootstrap, and -Dcassandra.ignore_dc=true / ignore_rack=true only suit a node whose data may be discarded"),
    // The neo4j image's entrypoint checks NEO4J_AUTH and the license before it starts the server
    // (neo4j/docker-neo4j docker-image-src/*/coredb/docker-entrypoint.sh): "Invalid value for
    // password. It cannot be 'neo4j', which is the default.", "Invalid admin username, it must be
    // neo4j.", "Invalid value for password. The minimum password length is 8 characters." (5.x,
    // followed by set-initial-password's own refusal, "A password must be at least %d characters."
    // as java.lang.IllegalArgumentException or, later,
    // org.neo4j.commandline.admin.security.exception.InvalidPasswordException, thrown by
    // SetInitialPasswordCommand.validatePassword), and for the enterprise edition "In order to use
    // Neo4j Enterprise Edition you must accept the license agreement.". Its "Invalid value for
    // NEO4J_AUTH: '%s'" is not read: the line quotes the credential itself.
    sig!("neo4j.entrypoint", r"Invalid value for password\. (?P<msg>It cannot be 'neo4j', which is the default|The minimum password length is \d+ characters)\.|(?P<user>Invalid admin username, it must be neo4j)|(?:java\.lang\.IllegalArgumentException|org\.neo4j\.[\w.]+\.InvalidPasswordException): (?P<jmsg>A password must be at least \d+ characters)\.\s*$|(?P<lic>In order to use Neo4j Enterprise Edition you must accept the license agreement)",
        "Neo4j will not start: $msg$user$jmsg$lic",
        "Set NEO4J_AUTH to neo4j/<password> in the container definition, best from Secrets Manager or SSM through secrets: the user must be neo4j, the password not neo4j and at least 8 characters long (or lower dbms.security.auth_minimum_password_length with NEO4J_dbms_security_auth__minimum__password__length); the enterprise image also needs NEO4J_ACCEPT_LICENSE_AGREEMENT=yes (or eval)"),
    // ---- AWS credentials and permissions, from the application's own calls ----------------------
    // The SDK's default chain found no credentials at all (on ECS: the task definition has no
    // taskRoleArn): botocore NoCredentialsError "Unable to locate credentials"
    // (botocore/exceptions.py); aws-sdk-go "NoCredentialProviders: no valid providers in chain"
    // (aws/credentials/chain_provider.go), aws-sdk-go-v2 "no EC2 IMDS role found"
    // (credentials/ec2rolecreds/provider.go); aws-sdk-js-v3 "Could not load credentials from any
    // providers" (packages/credential-provider-node/src/defaultProvider.ts), v2 "Missing
    // credentials in config" (lib/event_listeners.js); Java v1 "Unable to load AWS credentials
    // from any provider in the chain" (com/amazonaws/auth/AWSCredentialsProviderChain.java), v2
    // "Unable to load credentials from any of the providers in the chain"
    // (auth/credentials/AwsCredentialsProviderChain.java); .NET "Unable to get IAM security
    // credentials from EC2 Instance Metadata Service." and "Failed to resolve AWS credentials.
    // The credential providers used to search for credentials returned the following errors:"
    // (AWSSDK.Core Amazon.Runtime DefaultInstanceProfileAWSCredentials,
    // FallbackCredentialsFactory); Ruby Aws::Errors::MissingCredentialsError "unable to sign
    // request without credentials set" (aws-sdk-core plugins/sign.rb); Rust "no providers in
    // chain provided credentials" (aws-config src/meta/credentials/chain.rs); the Java SDK v1's
    // "Unable to load credentials from service endpoint" (the container or instance endpoint
    // it asked did not answer), PHP's "Error retrieving credentials from the instance profile
    // metadata service" (aws-sdk-php InstanceProfileProvider).
    // Envoy's AWS credentials providers (an App Mesh or Service Connect proxy signing requests):
    // "Could not load AWS credentials document from the task role" and "Could not retrieve
    // credentials listing from the instance metadata" (source/extensions/common/aws/
    // credentials_provider_impl.cc).
    sig!("aws.no_credentials", r"Unable to locate credentials|Could not load AWS credentials document from the task role|Could not retrieve credentials listing from the instance metadata|NoCredentialProviders: no valid providers in chain|no EC2 IMDS role found|Could not load credentials from any providers|Missing credentials in config(?:,|\s*$|')|Unable to load AWS credentials from any provider in the chain|Unable to load credentials from any of the providers in the chain|Unable to get IAM security credentials from EC2 Instance Metadata Service|Failed to resolve AWS credentials\. The credential providers|unable to sign request without credentials set|no providers in chain provided credentials|Unable to load credentials from service endpoint|Error retrieving credentials from the instance profile metadata (?:service|server)",
        "The application's AWS SDK found no credentials",
        "Give the task a task role (taskRoleArn in the task definition, with the permissions the application needs): the SDK then takes its credentials from the ECS container endpoint. The execution role is only for pulling the image and reading secrets, not for the application's own calls"),
    // The SDK's credentials endpoint out of reach, named by its link-local address in a network
    // error: the EC2 instance metadata service (169.254.169.254, fd00:ec2::254 over IPv6), which
    // a container in bridge mode reaches one hop further than IMDSv2's default PUT response hop
    // limit of 1 allows (EC2 User Guide, "Instance metadata service considerations"), that the
    // ECS agent blocks for awsvpc tasks with ECS_AWSVPC_BLOCK_IMDS, and that Fargate does not
    // have; or the ECS agent's own credentials endpoint (169.254.170.2, the
    // AWS_CONTAINER_CREDENTIALS_RELATIVE_URI the agent sets for a task role), which its iptables
    // rules route to the agent. Go's "dial tcp 169.254.169.254:80: i/o timeout", botocore's
    // "Connect timeout on endpoint URL: \"http://169.254.170.2/v2/credentials/…\"", libcurl's
    // and the JDK's connect timeouts all name it.
    sig!("aws.metadata_unreachable", r#"(?P<addr>169\.254\.169\.254|169\.254\.170\.2|fd00:ec2::254)\b[^\r\n]{0,200}?(?i:timed out|time out|timeout|refused|unreachable|no route to host|host is down|deadline exceeded)|(?i:connect timeout on endpoint URL: )\W*http://(?P<uaddr>169\.254\.1(?:69\.254|70\.2))"#,
        "The application's AWS SDK could not reach its credentials endpoint ($addr$uaddr)",
        "169.254.169.254 is the EC2 instance metadata service: give the task a task role (taskRoleArn) so that the SDK asks the ECS agent instead; a container that must use the instance's own role in bridge mode needs the instance's metadata hop limit at 2 (aws ec2 modify-instance-metadata-options --http-put-response-hop-limit 2, or MetadataOptions in the launch template); awsvpc tasks are cut off from it when the agent has ECS_AWSVPC_BLOCK_IMDS=true, and Fargate has none. 169.254.170.2 is the ECS agent's credentials endpoint for the task role: check that the task has a role, that the image does not rewrite the host's iptables rules, and for host network mode that the agent has ECS_ENABLE_TASK_IAM_ROLE_NETWORK_HOST=true"),
    // Credentials the service rejected, expired or unknown: "The security token included in the
    // request is expired" / "... is invalid" (codes ExpiredToken, ExpiredTokenException,
    // InvalidClientTokenId, UnrecognizedClientException; each service's Common Errors, e.g. the
    // STS and IAM API references), S3's InvalidAccessKeyId "The AWS Access Key Id you provided
    // does not exist in our records." (S3 API reference, Error responses).
    sig!("aws.bad_credentials", r"The security token included in the request is (?:expired|invalid)|\bExpiredToken(?:Exception)?\b|\bInvalidClientTokenId\b|\bUnrecognizedClientException\b|The AWS Access Key Id you provided does not exist in our records|\bInvalidAccessKeyId\b",
        "AWS rejected the application's credentials (expired or invalid keys)",
        "The container uses static or stale keys: remove AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY / AWS_SESSION_TOKEN (and any ~/.aws copied into the image) from the task definition and image, and give the task a task role so the SDK fetches short-lived credentials itself"),
    // The SDK has credentials but no region: botocore's NoRegionError "You must specify a
    // region.", the Go SDK's "MissingRegion: could not find region configuration" (v1) and "an
    // AWS region is required, but was not found" (v2), the JavaScript v3 SDK's "Region is
    // missing", the Java SDK's "Unable to load region from any of the providers in the chain"
    // (v2) and "Unable to find a region via the region provider chain" (v1), .NET's "No
    // RegionEndpoint or ServiceURL configured", Ruby's MissingRegionError "No region was
    // provided". The X-Ray daemon's "Cannot fetch region variable from config file, environment
    // variables and ec2 metadata." (newer: "…, ecs metadata, or ec2 metadata. Use local-mode …";
    // the OpenTelemetry Collector's AWS exporters word it so too) and "Unable to retrieve the
    // region from the EC2 instance" (aws-xray-daemon pkg/conn/conn.go): a sidecar that cannot
    // read the instance metadata needs AWS_REGION or its -r flag.
    sig!("aws.no_region", r"NoRegionError|You must specify a region\.|MissingRegion: could not find region configuration|an AWS region is required, but was not found|Error: Region is missing|Unable to load region from any of the providers in the chain|Unable to find a region via the region provider chain|No RegionEndpoint or ServiceURL configured|MissingRegionError|No region was provided|(?i:cannot fetch region variable from config file)|Unable to retrieve the region from the EC2 instance",
        "The application's AWS SDK found no region",
        "Set AWS_REGION in the container definition's environment (older SDKs read AWS_DEFAULT_REGION), or give the client its region in code; an SDK finds the region by itself only from the instance metadata, which a task may not reach"),
    // An AWS resource the application asked for is not there (another name, region, account or
    // stage): S3's NoSuchBucket "The specified bucket does not exist", DynamoDB's
    // ResourceNotFoundException "Requested resource not found" / "Cannot do operations on a
    // non-existent table", SQS's QueueDoesNotExist "The specified queue does not exist" (its
    // query-protocol code AWS.SimpleQueueService.NonExistentQueue), SSM's ParameterNotFound,
    // Secrets Manager's "Secrets Manager can't find the specified secret", SNS's "Topic does not
    // exist" (each service's API reference, Errors).
    sig!("aws.not_found", r"(?P<what>NoSuchBucket|The specified bucket does not exist|Requested resource not found|Cannot do operations on a non-existent table|QueueDoesNotExist|NonExistentQueue|The specified queue does not exist|ParameterNotFound|Secrets Manager can't find the specified secret|Topic does not exist)",
        "An AWS resource the application asked for does not exist ($what)",
        "Check the resource's name or ARN in the container's configuration and the region the SDK uses (AWS_REGION): the bucket, table, queue, parameter or secret must exist in the task's own account and region (one created by another stack, stage or region is not there)"),
    // IAM's denial as services word it: "User: arn:... is not authorized to perform:
    // service:Action on resource: arn:... because no identity-based policy allows the ... action"
    // (IAM User Guide, troubleshoot_access-denied); the codes AccessDenied, AccessDeniedException,
    // UnauthorizedOperation in botocore's ClientError "An error occurred (%s) when calling the %s
    // operation: %s" (botocore/exceptions.py), the Java SDK's "(Service: ...; Status Code: 403;
    // Error Code: AccessDenied; ...)" (AmazonServiceException.getMessage) and aws-sdk-go-v2's "api
    // error AccessDenied: ..." (smithy-go GenericAPIError); the Java SDK 2.x's "%s (Service: %s, Status
    // Code: %d, Request ID: %s)" (AwsServiceException) with S3's "Access Denied" (or the status's
    // own text, "Forbidden", for a response without a body: HEAD), and the .NET SDK's
    // AmazonS3Exception "Access Denied". Fluent Bit's AWS outputs log the API and the code, "%s
    // API responded with error='%s'" (plugins/out_cloudwatch_logs/cloudwatch_api.c, out_kinesis_*,
    // out_s3): a FireLens sidecar's task role lacks the action (CreateLogGroup when
    // auto_create_group is on, PutLogEvents, PutRecordBatch).
    sig!("aws.access_denied", r"(?:Access Denied|Forbidden) \(Service: (?P<svc>[^,;)]+), Status Code: 403\b|Amazon\w*Exception: Access Denied\b|(?:User: (?P<principal>arn:aws[\w-]*:(?:sts|iam)::[^:\s]*:\S+) )?is not authorized to perform: (?P<action>[\w-]+:[\w*-]+)|An error occurred \((?:AccessDenied|AccessDeniedException|UnauthorizedOperation|AuthorizationError|403)\) when calling the (?P<op>\w+) operation(?:: User: (?P<bprincipal>arn:aws[\w-]*:(?:sts|iam)::[^:\s]*:\S+) is not authorized)?|Error Code: AccessDenied(?:Exception)?\b|api error AccessDenied(?:Exception)?:(?: User: (?P<gprincipal>arn:aws[\w-]*:(?:sts|iam)::[^:\s]*:\S+) is not authorized)?|^(?:[\w.]+: )?AccessDenied(?:Exception)?: Access Denied|(?P<fbapi>\w+) API responded with error='AccessDenied(?:Exception)?'",
        "An AWS call from the application was denied ($action$op$svc$fbapi)",
        "Allow the action in the task role's policy (taskRoleArn, not the execution role) on the resource named; if the task has no task role, add one. A deny can also come from the resource's own policy (bucket, key, secret) or an organization SCP"),
    // A program that talks to the Docker daemon through its socket (a reverse proxy's Docker
    // provider, an updater, a monitoring agent, docker-py, docker-java, dockerode) with an API
    // version the daemon does not serve: moby's api/server/middleware/version.go, "client version
    // %s is too old. Minimum supported API version is %s, please upgrade your client to a newer
    // version" and "client version %s is too new. Maximum supported API version is %s", and the
    // older client's "client is newer than server (client API version: %s, server API version:
    // %s)". Docker Engine 25 raised the minimum to 1.24 and Engine 29 to 1.44: on ECS on EC2 it
    // follows an AMI update of Docker.
    sig!("docker.api_version", r"(?P<what>client version \S+ is too (?:old\. Minimum|new\. Maximum) supported API version is [0-9.]+|client is newer than server \(client API version: [0-9.]+, server API version: [0-9.]+\)?)",
        "The program's Docker client and the host's Docker daemon share no API version ($what)",
        "The container talks to the Docker daemon through its socket, and the daemon no longer (or not yet) serves the API version the program's client asks for: Docker Engine 25 dropped versions below 1.24 and Engine 29 below 1.44, so an AMI or Docker update on the container instance breaks an old client. Upgrade the image to a release with a newer Docker client, or pin the client to a version both support (DOCKER_API_VERSION, or the client's own api.version setting); on ECS, pin the container instances' AMI while the image is upgraded"),
    // ---- the network, from the application ----------------------------------------------------
    // The connection through an HTTP proxy failed, at the proxy: urllib3's ProxyError "Cannot
    // connect to proxy." (1.x) and "Unable to connect to proxy" (2.x), Go's net/http "proxyconnect
    // tcp: …" (the Op of the dial to the proxy, transport.go), curl's CURLE_COULDNT_RESOLVE_PROXY
    // "Could not resolve proxy: %s", its "CONNECT tunnel failed, response %d" and "Received HTTP
    // code %d from proxy after CONNECT" (lib/http_proxy.c), the JDK's "Unable to tunnel through
    // proxy. Proxy returns \"HTTP/1.1 407 …\"" (HttpURLConnection), Node's tunnel-agent "tunneling
    // socket could not be established", and a 407 "Proxy Authentication Required". The rest of the
    // line (the refusal, the timeout, the name) is the proxy's, not the destination's: before the
    // network's own signatures.
    sig!("net.proxy", r"(?P<what>(?:Cannot|Unable to) connect to proxy[^\r\n]*|proxyconnect tcp: [^\r\n]+|Could not resolve proxy: [^\r\n]+|CONNECT tunnel failed, response \d+[^\r\n]*|Received HTTP code \d+ from proxy after CONNECT[^\r\n]*|Unable to tunnel through proxy[^\r\n]*|tunneling socket could not be established[^\r\n]*|407 Proxy Authentication Required[^\r\n]*)",
        "The connection through the HTTP proxy failed at the proxy ($what)",
        "Check the proxy the container is given (HTTP_PROXY, HTTPS_PROXY, NO_PROXY and their lower-case forms, or the runtime's own settings such as -Dhttps.proxyHost): its address and port from the task's subnet, its credentials (407), that it allows CONNECT to the destination, and an http:// scheme for a proxy that speaks HTTP; NO_PROXY must list what must not go through it: 169.254.169.254 and 169.254.170.2 (the credentials endpoints), the VPC's interface endpoints and internal names"),
    // A process that is not root may not bind a port below 1024: Node's "listen EACCES: permission
    // denied 0.0.0.0:80" (lib/net.js, uvExceptionWithHostPort), Go's "listen tcp :80: bind:
    // permission denied" (net.OpError), nginx's "bind() to 0.0.0.0:80 failed (13: Permission
    // denied)" (src/core/ngx_connection.c), HAProxy's "Starting frontend %s: cannot bind socket
    // (Permission denied) [addr:port]" (src/sock_inet.c's strerror, src/proxy.c), Python asyncio's
    // "[Errno 13] error while attempting to bind on address ('0.0.0.0', 80): permission denied"
    // (Lib/asyncio/base_events.py create_server, as uvicorn logs it), Ruby's "Permission denied -
    // bind(2) for \"0.0.0.0\" port 80" (ext/socket rsock_syserr_fail_host_port), Envoy's "cannot
    // bind '0.0.0.0:80': Permission denied" (source/common/network/listen_socket_impl.cc),
    // Apache httpd's "(13)Permission denied: AH00072: make_sock: could not bind to address
    // [::]:80" (APR's errno then server/listen.c), PHP's built-in server "Failed to listen on
    // %s:%d (reason: %s)" (sapi/cli/php_cli_server.c). Only ports below 1024
    // (ip_unprivileged_port_start). The JVM names no port: its bind() with EACCES is
    // "java.net.SocketException: Permission denied" from sun.nio.ch.Net.bind0 (Net.c's
    // handleSocketError: EACCES is not among the codes it maps to BindException) or, from the
    // older socket implementation, "java.net.BindException: Permission denied (Bind failed)";
    // Netty's native transport says "bind(..) failed: Permission denied" (Errors.newIOException;
    // "bind() failed" before 4.1.9).
    // On Linux a Java socket meets EACCES at bind only, for a port below 1024. Any other program
    // that names the call and the address before EACCES's text, as Rust's std prints it
    // ("failed to listen on 0.0.0.0:443: Permission denied (os error 13)"), reads the same.
    sig!("net.privileged_port", r"listen EACCES(?:: permission denied)? (?:\S*:)?(?P<port>\d{1,3}|10[01]\d|102[0-3])(?:[^\w.:]|$)|listen tcp[46]? [^\s]*:(?P<gport>\d{1,3}|10[01]\d|102[0-3]): bind: permission denied|bind\(\) to [^\s]*:(?P<xport>\d{1,3}|10[01]\d|102[0-3]) failed \(13: Permission denied\)|cannot bind socket \(Permission denied\) \[[^\]]*:(?P<hport>\d{1,3}|10[01]\d|102[0-3])\]|error while attempting to bind on address \('[^']*', (?P<pyport>\d{1,3}|10[01]\d|102[0-3])\): permission denied|Permission denied - bind\(2\) for \S+ port (?P<rport>\d{1,3}|10[01]\d|102[0-3])\b|cannot bind '[^']*:(?P<eport>\d{1,3}|10[01]\d|102[0-3])': Permission denied|\(13\)Permission denied: AH00072: make_sock: could not bind to address \S*:(?P<aport>\d{1,3}|10[01]\d|102[0-3])\b|Failed to listen on \S*:(?P<phport>\d{1,3}|10[01]\d|102[0-3]) \(reason: Permission denied\)|java\.net\.(?:Socket|Bind)Exception: Permission denied(?: \(Bind failed\))?$|Errors\$NativeIoException: bind\((?:\.\.)?\) failed: Permission denied|(?i:\b(?:bind|listen)\w*\s+(?:on|to|at)\b[^\r\n]{0,60}?(?:\]|[\w.-]):(?P<lport>\d{1,3}|10[01]\d|102[0-3])\b[^\r\n]{0,40}?permission denied)",
        "A process that is not root may not listen on a port below 1024 (port $port$gport$xport$hport$pyport$rport$eport$aport$phport$lport)",
        "Listen on a port above 1023 (8080) and use that port in portMappings and the target group, or let the image's user bind low ports (setcap cap_net_bind_service on the binary); nginx images have an unprivileged variant that listens on 8080"),
    // .NET's bind() failure with EACCES: System.Net.Sockets.SocketException (13): Permission
    // denied (SocketException's message is the native errno and its strerror,
    // src/libraries/System.Net.Primitives SocketException.Unix.cs), thrown from Socket.DoBind when
    // Kestrel binds its listening port. The port is not in the line. Since .NET 8 the official
    // images run as the non-root user `app` and Kestrel listens on 8080 by default
    // (ASPNETCORE_HTTP_PORTS); an image that still sets ASPNETCORE_URLS=http://+:80 fails so.
    sig!("dotnet.bind_denied", r"System\.Net\.Sockets\.SocketException \(13\): Permission denied",
        "The .NET server was not allowed to bind its listening port (SocketException 13: Permission denied): a process that is not root may not listen on a port below 1024",
        "Listen on a port above 1023: .NET 8+ images run as the non-root user app and listen on 8080 (ASPNETCORE_HTTP_PORTS), so drop ASPNETCORE_URLS=http://+:80 or EXPOSE 80 overrides and use 8080 in portMappings and the target group"),
    // The container has no IPv6 and the process listens on (or binds) an IPv6 address: Docker
    // disables IPv6 in a container on a network without it (loopback ::1 included), and an
    // awsvpc task has IPv6 only in a dual-stack subnet. strerror(EAFNOSUPPORT) "Address family
    // not supported by protocol" as nginx ("(97: …)"), CPython ("[Errno 97]"), Go's syscall
    // table and the JDK word it, libuv's "EAFNOSUPPORT"; and EADDRNOTAVAIL on an IPv6 literal
    // (Redis's "Could not create server TCP listening socket ::1:6379: bind: Cannot assign
    // requested address" with its default "bind 127.0.0.1 ::1", libuv's "listen EADDRNOTAVAIL:
    // address not available ::1:3000"), and the JDK's "Protocol family unavailable" (its word for
    // EAFNOSUPPORT, net_util_md.c); the BEAM's distribution on inet6_tcp, "Protocol '%ts':
    // register/listen error: %p" (net_kernel.erl) with eaddrnotavail; glibc's EAI_ADDRFAMILY,
    // "Address family for hostname not supported", for [::] (ClickHouse's listen_host). Before
    // net.addr_not_available and nginx.emerg.
    sig!("net.ipv6_unavailable", r"Listen (?P<chaddr>\[::1?\]:\d+) failed[^\r\n]*Address family for hostname not supported|Protocol '(?P<eaddr>inet6_tcp(?:_dist)?)': register/listen error: (?:eaddrnotavail|eafnosupport)|(?i)dial tcp \[(?P<daddr>[0-9a-fx:.]*:[0-9a-fx:.]*)\]:\d+: connect: (?:cannot assign requested address|network is unreachable)|cannot create listening socket \[(?P<haddr>:::\d+|::1?:\d+)\]|(?:\[(?P<addr>[0-9a-f:]*::[0-9a-f:]*)\]:\d+|(?:^|[^\w:])(?P<baddr>::1?:\d+|\[::1?\]))[^\r\n]{0,40}?(?:failed \(97: |failed \(99: |Cannot assign requested address|address not available|Address family not supported)|EADDRNOTAVAIL:? (?:address not available )?(?P<caddr>\[?::1?\]?:\d+)|(?:EAFNOSUPPORT|Address family not supported by protocol|\[Errno 97\]|SocketException: Protocol family unavailable)(?:[^\r\n]{0,60}?(?P<aaddr>\[?[0-9a-f]*::[0-9a-f:]*\]?(?::\d+)?))?",
        "The container has no IPv6, and the process uses an IPv6 address ($chaddr$eaddr$daddr$haddr$addr$baddr$caddr$aaddr)",
        "Listen on IPv4 (0.0.0.0, or 127.0.0.1 for a local-only port) instead of [::] or ::1: remove nginx's \"listen [::]:80\", bind Redis to \"127.0.0.1 -::1\", give Node's listen() the host 0.0.0.0; or give the task IPv6 (awsvpc in a dual-stack subnet with the account's dualStackIPv6 setting on)"),
    // EADDRNOTAVAIL on bind or listen: the address to listen on is not one of the task's (a
    // fixed IP or a host name of another machine in HOST, --bind or server.address): Node's
    // "listen EADDRNOTAVAIL: address not available" (libuv), Go's "bind: cannot assign requested
    // address", Java's BindException, nginx's "bind() to %s failed (99: …)", CPython's OSError
    // errno 99 from bind, Ruby's "Cannot assign requested address - bind(2) for …"
    // (Errno::EADDRNOTAVAIL). A connect that fails so (an IPv6 loopback without IPv6) is not this.
    // Windows: WSAEADDRNOTAVAIL (10049) "The requested address is not valid in its context."
    sig!("net.addr_not_available", r"(?i)listen EADDRNOTAVAIL:? (?:address not available )?(?P<addr>\S+)?|bind: cannot assign requested address|BindException: Cannot assign requested addr|bind\(\) to (?P<naddr>\S+) failed \(99: |\[Errno 99\] error while attempting to bind|Cannot assign requested address - bind\(2\)|The requested address is not valid in its context|WSAEADDRNOTAVAIL",
        "The process tried to listen on an address the task does not have ($addr$naddr)",
        "Listen on 0.0.0.0 (every interface of the task), not a fixed IP or another machine's host name: in awsvpc mode the task's address is its network interface's, given at start; set the host/bind setting (HOST, --bind, server.address) to 0.0.0.0"),
    // A server that listens on the loopback address only, in its own startup banner: nothing
    // outside the container reaches it (on ECS the load balancer's health checks and other tasks
    // connect to the task's own address, never to its loopback). The banners as the servers
    // print them: gunicorn's "Listening at: %s (%s)" (gunicorn/arbiter.py; its default bind is
    // 127.0.0.1:8000), uvicorn's "Uvicorn running on %s://%s:%d (Press CTRL+C to quit)"
    // (uvicorn/server.py), Django's "Starting development server at %(protocol)s://%(addr)s:
    // %(port)s/" (core/management/commands/runserver.py), Puma's "* Listening on %s"
    // (lib/puma/binder.rb), Kestrel's "Now listening on: %s" (Microsoft.AspNetCore.Server.Kestrel,
    // localhost being loopback only), Hypercorn's "Running on %s (CTRL + C to quit)"
    // (hypercorn/utils.py), Vite's "Network: use --host to expose" (packages/vite/src/node/
    // logger.ts), Hugo's "(bind address 127.0.0.1)", Jekyll's "Server address: %s"
    // (lib/jekyll/commands/serve.rb), Rocket's "Rocket has launched from %s", waitress's "Serving
    // on http://%s:%s" (waitress/server.py). Werkzeug before 2.1 printed the one address it bound,
    // " * Running on http://127.0.0.1:5000/ (Press CTRL+C to quit)"; 2.1+ prints "Running on
    // http://127.0.0.1:5000" for 0.0.0.0 too, beside the other addresses, so only the old form is
    // read.
    // It says what the server did, not that it failed: it decides only when no line below it
    // states a failure (`mod.rs`, QUIET).
    sig!("net.listen_loopback", r"Listening at: (?P<g>https?://(?:127\.0\.0\.1|localhost|\[::1\]):\d+)|Uvicorn running on (?P<u>https?://(?:127\.0\.0\.1|localhost|\[::1\]):\d+)|Starting development server at (?P<d>https?://(?:127\.0\.0\.1|localhost|\[::1\]):\d+)|(?:^|\s)\* Listening on (?P<p>(?:https?|tcp|ssl)://(?:127\.0\.0\.1|localhost|\[::1\]):\d+)|Now listening on: (?P<k>https?://(?:127\.0\.0\.1|localhost|\[::1\]):\d+)|Running on (?P<h>https?://(?:127\.0\.0\.1|localhost|\[::1\]):\d+) \(CTRL \+ C to quit\)|Network: use --host to expose|\(bind address 127\.0\.0\.1\)|Server address: (?P<j>https?://(?:127\.0\.0\.1|localhost|\[::1\]):\d+)|Rocket has launched from (?P<r>https?://(?:127\.0\.0\.1|localhost|\[::1\]):\d+)|Serving on (?P<w>https?://(?:127\.0\.0\.1|localhost|\[::1\]):\d+)|Running on (?P<f>https?://(?:127\.0\.0\.1|localhost|\[::1\]):\d+)/ \(Press CTRL\+C to quit\)",
        "The server listens on the loopback address only ($g$u$d$p$k$h$j$r$w$f): nothing outside the container can reach it",
        "Listen on 0.0.0.0 (every interface of the task): gunicorn --bind 0.0.0.0:8000, uvicorn --host 0.0.0.0, manage.py runserver 0.0.0.0:8000, puma -b tcp://0.0.0.0:3000, ASPNETCORE_HTTP_PORTS or ASPNETCORE_URLS=http://+:8080, vite --host. On ECS the load balancer's health checks and other tasks connect to the task's own address: a server on 127.0.0.1 fails them while it runs"),
    // gunicorn's "Connection in use: %s" (gunicorn/sock.py) is its EADDRINUSE; Rust's io::Error
    // names it by its kind, "Os { code: 98, kind: AddrInUse, … }" (its Debug form in an unwrap) or
    // "Address in use (os error 98)"; Bun's server "Failed to start server. Is port %d in use?".
    // Windows words WSAEADDRINUSE (10048) "Only one usage of each socket address (protocol/network
    // address/port) is normally permitted." (its FormatMessage text, as Go, CPython, the JDK and .NET
    // quote it).
    // The forms that name the address or port come first, so that the reading carries it (Go's
    // "listen tcp %s: bind: …", libuv's "listen EADDRINUSE: address already in use %s", nginx's
    // "bind() to %s failed (98: …)", Kestrel's "Failed to bind to address %s: address already in
    // use.", asyncio's "error while attempting to bind on address (%r, %d)", gunicorn's tuple).
    sig!("net.addr_in_use", r"(?i)listen tcp[46]? (?P<gaddr>[^\s]*:\d+): bind: (?:address already in use|Only one usage)|listen EADDRINUSE:? (?:address already in use )?(?P<naddr>[^\s,]+)|bind\(\) to (?P<xaddr>\S+) failed \(98: |Failed to bind to address (?P<daddr>\S+?): address already in use|error while attempting to bind on address \('[^']*', (?P<pyport>\d+)\)|Connection in use: \('[^']*', (?P<guport>\d+)\)|port (?P<port>\d+) (?:was|is) already in use|Failed to start server\. Is port (?P<bport>\d+) in use\?|address already in use|EADDRINUSE|\(98: Address in use\)|still could not bind|Connection in use: \(|kind: AddrInUse\b|Address in use \(os error 98\)|Only one usage of each socket address \(protocol/network address/port\) is normally permitted|WSAEADDRINUSE",
        "The port is already in use ($gaddr$naddr$xaddr$daddr$pyport$guport$port$bport)",
        "Two processes bind the same port: in awsvpc mode all containers of a task share localhost, so give each container its own port (and match portMappings)"),
    // getaddrinfo's EAI_SERVICE: a port given by its service name ("http", "ntp") that the
    // image cannot map to a number, because slim and distroless images ship no /etc/services
    // (Debian's netbase package). glibc's gai_strerror "Servname not supported for ai_socktype"
    // (Python's "[Errno -8]"), Node's "getaddrinfo EAI_SERVICE".
    sig!("net.service_name", r"(?P<what>Servname not supported for ai_socktype|getaddrinfo EAI_SERVICE)",
        "A port given by name could not be looked up: the image has no /etc/services ($what)",
        "Install the services table in the image (Debian and Ubuntu: netbase; Alpine: iana-etc) or configure the port as a number instead of a name (http, https, ntp)"),
    // gai_strerror(EAI_NONAME): glibc "Name or service not known", musl "Name does not resolve"
    // (src/network/gai_strerror.c), macOS "nodename nor servname provided"; Erlang's
    // inet:format_error(nxdomain) "non-existing domain" (lib/kernel/src/inet.erl), as Postgrex
    // and DBConnection print it: "tcp connect (db:5432): non-existing domain - :nxdomain".
    // MySQL's client library CR_UNKNOWN_HOST "Unknown MySQL server host '%s' (%d)"
    // (libmysql/errmsg.cc; MariaDB's the same), PHP 8.1+'s "php_network_getaddresses: getaddrinfo
    // for %s failed: %s" (main/network.c). Go's resolver names the lookup and the DNS server it
    // asked whatever went wrong (net.DNSError: "lookup %s on %s: %s"): no such host, "server
    // misbehaving" (SERVFAIL, a refused query), or a DNS server that never answered ("read udp
    // …: i/o timeout") — the name did not resolve, whatever the connection was for. Tools an
    // entrypoint runs: curl's CURLE_COULDNT_RESOLVE_HOST "Could not resolve host: %s", apt's
    // "Temporary failure resolving '%s'" (methods/connect.cc), wget's "unable to resolve host
    // address", busybox's "bad address '%s'" (libbb/xconnect.c str2sockaddr: its wget, nc,
    // nslookup and ping).
    // Windows' resolver errors by their FormatMessage texts: WSAHOST_NOT_FOUND (11001) "No such host
    // is known.", WSATRY_AGAIN (11002) "This is usually a temporary error during hostname resolution
    // …", WSANO_DATA (11004) "The requested name is valid, but no data of the requested type was
    // found."; Go on Windows names the call, "lookup %s: getaddrinfow: …" (net/lookup_windows.go).
    sig!("net.dns", r"(?i)getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?P<host>[^\s,]+)|Unknown (?:MySQL|MariaDB) server host '(?P<mhost>[^']+)'|getaddrinfo for (?P<xhost>\S+) failed|could not translate host name \x22?(?P<phost>[^\x22\s]+)|UnknownHostException:? (?P<jhost>[^\s:]+)|lookup (?P<ghost>[^\s:]+)(?: on [^\s]+)?: (?:no such host|server misbehaving|(?:read udp \S+: )?i/o timeout)|Could not resolve host: (?P<chost>[^\s;]+)|Temporary failure resolving '(?P<ahost>[^']+)'|unable to resolve host address [‘'](?P<whost>[^’']+)|\bbad address '(?P<bhost>[^']+)'|Name or service not known|Name does not resolve|nodename nor servname provided|Temporary failure in name resolution|host not found in upstream \x22?(?P<nhost>[^\x22\s:]+)|(?:tcp connect \((?P<ehost>[^:)\s]+)[^)]*\): )?non-existing domain(?: - :nxdomain)?|:nxdomain\b|lookup (?P<wghost>[^\s:]+): getaddrinfow: |No such host is known|This is usually a temporary error during hostname resolution|The requested name is valid, but no data of the requested type was found|WSAHOST_NOT_FOUND",
        "A host name did not resolve ($host$mhost$xhost$phost$jhost$ghost$nhost$ehost$chost$ahost$whost$bhost$wghost)",
        "Check the host name in the container's configuration; for a service-discovery or private name, that its namespace/zone is associated with the VPC and the VPC's DNS support is on"),
    // TLS spoken to a port that answers in plain text, or plain text to a TLS port: no
    // certificate was ever looked at. OpenSSL's SSL_R_WRONG_VERSION_NUMBER "wrong version number"
    // (what Python's `[SSL: WRONG_VERSION_NUMBER]`, Node's EPROTO, curl and PHP quote), Go's
    // "tls: first record does not look like a TLS handshake" and "http: server gave HTTP response
    // to HTTPS client" (crypto/tls/conn.go, net/http/transport.go), the JDK's "Unsupported or
    // unrecognized SSL message" (sun.security.ssl.SSLSocketInputRecord; JDK 8's "Unrecognized SSL
    // message, plaintext connection?"), rustls's "received corrupt message of type
    // InvalidContentType", .NET's SslStream "Cannot determine the frame size or a corrupted frame
    // was received"; a server that was sent plain HTTP: nginx's "The plain HTTP request was sent to
    // HTTPS port", Go's "Client sent an HTTP request to an HTTPS server.". Before net.tls, whose
    // "SSL routines" the OpenSSL line also holds.
    sig!("net.tls_plaintext", r"(?i)wrong version number|first record does not look like a TLS handshake|server gave HTTP response to HTTPS client|Unsupported or unrecognized SSL message|Unrecognized SSL message, plaintext connection|received corrupt message of type InvalidContentType|Cannot determine the frame size or a corrupted frame was received|The plain HTTP request was sent to HTTPS port|Client sent an HTTP request to an HTTPS server",
        "TLS and plain text met at the same port: one side spoke TLS, the other did not",
        "Use the scheme and port the server serves: https:// or http:// (443 or 80), SMTP's implicit TLS on 465 or STARTTLS on 587, the database client's TLS setting (sslmode, useSSL, tls) as the server expects; an HTTPS_PROXY written https:// for a proxy that speaks HTTP is a common cause; or terminate TLS where the client expects it (a load balancer listener with a certificate)"),
    // Also Node's names for OpenSSL's verify errors (src/crypto/crypto_common.cc, the X509_V_ERR_*
    // names; "unable to verify the first certificate" is X509_verify_cert_error_string's), its
    // ERR_TLS_CERT_ALTNAME_INVALID "Hostname/IP does not match certificate's altnames"
    // (lib/tls.js checkServerIdentity), and .NET's "The remote certificate is invalid ..."
    // (System.Net.Security Strings.resx net_ssl_io_cert_validation). An image without a CA bundle
    // (scratch, distroless/static, a slim image without ca-certificates): Go's "x509: failed to
    // load system roots and no roots provided" (crypto/x509/root_unix.go), curl's "error setting
    // certificate verify locations" (CURLE_SSL_CACERT_BADFILE) and "SSL certificate problem",
    // rustls's "invalid peer certificate: UnknownIssuer" (rustls::Error Display), OpenSSL's
    // "certificate verify failed" (SSL_R_CERTIFICATE_VERIFY_FAILED); the JDK with an empty or
    // missing trust store (cacerts a dangling link, ca-certificates-java not installed):
    // PKIXParameters.setTrustAnchors' "the trustAnchors parameter must be non-empty". The same
    // in each client's words: curl's newer "error setting certificate file|path" and its
    // CURLE_SSL_CACERT_BADFILE text "Problem with the SSL CA cert (path? access rights?)" (as git
    // prints it), requests' "Could not find a suitable TLS CA certificate bundle" (adapters.py),
    // hyper-rustls's native roots "no CA certificates found" (rustls-native-certs 0.8: "no native
    // root CA certificates found"), Haskell tls's "certificate has
    // unknown CA" (Network.TLS.Handshake.Certificate), git over GnuTLS's "server certificate
    // verification failed", GNU wget's "cannot verify %s's certificate", Erlang ssl's unknown_ca
    // alert ("Fatal - Unknown CA").
    sig!("net.tls", r"(?i)x509: certificate|CERTIFICATE_VERIFY_FAILED|unable to get local issuer certificate|PKIX path building failed|SSLHandshakeException|self[- ]signed certificate|certificate has expired|SSL routines|unable to verify the first certificate|UNABLE_TO_VERIFY_LEAF_SIGNATURE|SELF_SIGNED_CERT_IN_CHAIN|DEPTH_ZERO_SELF_SIGNED_CERT|UNABLE_TO_GET_ISSUER_CERT_LOCALLY|CERT_HAS_EXPIRED|does not match certificate's altnames|The remote certificate is invalid|x509: failed to load system roots|error setting certificate verify locations|invalid peer certificate|UnknownIssuer|certificate verify failed|SSL certificate problem|the trustAnchors parameter must be non-empty|error setting certificate (?:file|path)|Problem with the SSL CA cert|Could not find a suitable TLS CA certificate bundle|no (?:native root )?CA certificates found|certificate has unknown CA|server certificate verification failed|cannot verify \S+'s certificate|\bunknown_ca\b|Fatal - Unknown CA",
        "A TLS certificate was not accepted",
        "Install the CA bundle in the image (ca-certificates; for Java the JDK's cacerts, from ca-certificates-java on Debian and Ubuntu), trust the private CA that signed the server's certificate, or connect by the name the certificate was issued for"),
    // A connection refused at the loopback address (127.0.0.1, localhost, ::1), as the runtimes
    // word a refusal (below): in a task, localhost is the task itself — the dependency a compose
    // file reached at localhost or by a service name runs elsewhere on ECS, or is a sidecar of
    // the task that has not started yet. Before net.refused, which reads every other address.
    // CPython's asyncio words every failed connect "Connect call failed (ADDRESS)" (selector_events.py,
    // the errno apart, as aiohttp's ClientConnectorError and asyncpg quote it without it): at a
    // loopback address nothing times out or is unreachable, so it was refused. For the same
    // reason any failed connect at the loopback address is one: urllib3's pool names its host
    // apart from the refusal ("HTTPConnectionPool(host='localhost', port=8080): Max retries
    // exceeded … Connection refused", connectionpool.py), Lettuce's "Unable to connect to %s",
    // libpq's "connection to server at \"localhost\" (ADDRESS), port %s failed" (fe-connect.c),
    // redis-py's "Error %s connecting to %s:%s.", Jedis's "Failed connecting to host %s:%d". A
    // client that resolved localhost to ::1 gets EADDRNOTAVAIL (99) there in a task without IPv6:
    // the fix says so.
    sig!("net.refused_local", r"(?i)(?:ECONNREFUSED|refused)[^\r\n]{0,60}?(?P<addr>\b(?:localhost|127\.0\.0\.1)(?::\d+)?\b|\[?::1\]?:\d+)|(?P<laddr>\b(?:localhost|127\.0\.0\.1)(?::\d+)?\b|\[::1\]:\d+)[^\r\n]{0,80}?(?:refused|\((?:111|10061)\b)|Connect call failed \('(?P<aaddr>127\.0\.0\.1|::1)', (?P<aport>\d+)|ConnectionPool\(host='(?P<uaddr>localhost|127\.0\.0\.1|::1)', port=(?P<uport>\d+)\)[^\r\n]*?(?:refused|\[Errno 111\])|Unable to connect to (?P<jaddr>(?:localhost|127\.0\.0\.1)(?::\d+)?)\b|connection to server at \x22(?:localhost|127\.0\.0\.1|::1)\x22 \((?P<paddr>::1|127\.0\.0\.1)\), port (?P<pport>\d+) failed|Error (?:99|111) connecting to (?P<raddr>(?:localhost|127\.0\.0\.1):\d+)|Failed connecting to host (?P<jdaddr>(?:localhost|127\.0\.0\.1):\d+)",
        "A connection to this task's own loopback address was refused ($addr$laddr$aaddr$uaddr$jaddr$paddr$raddr$jdaddr)",
        "Nothing in this task listens on that port: on ECS localhost is the task itself and reaches only containers of the same task. A database, cache or API that runs as another service, on RDS or ElastiCache needs its own address (its endpoint or Service Connect name, in an environment variable): a compose file's localhost or service name does not carry over. A sidecar of the same task: make this container dependsOn it (condition HEALTHY or START) so that it listens first. A client that tried ::1 (IPv6) and got \"Cannot assign requested address\" runs in a task without IPv6: give it 127.0.0.1"),
    // Also the PostgreSQL JDBC driver's "Connection to %s refused. Check that the hostname and port
    // are correct and that the postmaster is accepting TCP/IP connections." (pgjdbc
    // org/postgresql/core/v3/ConnectionFactoryImpl.java).
    // MySQL's CR_CONN_HOST_ERROR "Can't connect to MySQL server on '%s' (%d)" (libmysql/
    // errmsg.cc) carries the socket's errno (8.0 adds its text: `(111 "Connection refused")`):
    // 111 ECONNREFUSED (Windows' 10061 WSAECONNREFUSED) here, 110 ETIMEDOUT, 115 EINPROGRESS (a
    // connect that never completed) and 10060 WSAETIMEDOUT under net.timeout, 113 EHOSTUNREACH
    // under net.unreachable, any other under db.unreachable.
    // Windows words WSAECONNREFUSED (10061) "No connection could be made because the target machine
    // actively refused it." (its FormatMessage text; Go on Windows: "dial tcp %s: connectex: …").
    sig!("net.refused", r"(?i)connect ECONNREFUSED (?P<addr>[^\s,]+)|Can't connect to (?:MySQL |MariaDB )?server on '(?P<maddr>[^']+)' \((?:111|10061)\b[^)]*\)|dial tcp (?P<gaddr>[^\s]+): connect: connection refused|connection to server at (?P<pgaddr>[^,]+,\s*port \d+) failed: Connection refused|Connection to (?P<jaddr>\S+) refused\. Check that the hostname and port are correct|Connection refused|ECONNREFUSED|Error 111 connecting|Errno 111\b|dial tcp (?P<waddr>[^\s]+): connectex: No connection could be made|No connection could be made because the target machine actively refused it|WSAECONNREFUSED",
        "A connection was refused ($addr$maddr$gaddr$pgaddr$jaddr$waddr)",
        "Nothing listens at that address and port: check the endpoint the container is given, that the other service runs, and that it listens on that port (on 0.0.0.0, not 127.0.0.1)"),
    // An entrypoint that waits for a dependency and gave up: wait-for-it's "timeout occurred after
    // waiting %d seconds for %s:%s" (vishnubob/wait-for-it), dockerize's "Timeout after %s
    // waiting on dependencies to become available: %v" (jwilder/dockerize).
    sig!("dep.wait_timeout", r"timeout occurred after waiting \d+ seconds for (?P<target>\S+)|Timeout after \S+ waiting on dependencies to become available: (?P<deps>[^\r\n]+)",
        "The entrypoint gave up waiting for a dependency ($target$deps)",
        "The service it waits for did not answer in time: check that it runs, that its address is right from the task (a Service Connect or Cloud Map name, not a compose service name; localhost only for a container of the same task), that its security group admits the task, or wait longer"),
    // A connection pool that gave no connection in time: every connection held, or none could be
    // made. Each pool's own wording: HikariCP's "%s - Connection is not available, request timed
    // out after %dms." (com/zaxxer/hikari/pool/HikariPool.java createTimeoutException); SQLAlchemy's
    // "QueuePool limit of size %d overflow %d reached, connection timed out, timeout %0.2f"
    // (sqlalchemy/pool/impl.py); psycopg_pool's PoolTimeout "couldn't get a connection after %.2f
    // sec"; node-postgres's pg-pool "timeout exceeded when trying to connect"; Knex's "Knex:
    // Timeout acquiring a connection. The pool is probably full." (lib/client.js); Sequelize's
    // ConnectionAcquireTimeoutError; Prisma's P2024 "Timed out fetching a new connection from the
    // connection pool"; Tomcat JDBC's PoolExhaustedException "Timeout: Pool empty. Unable to fetch
    // a connection in %d seconds"; c3p0's "A client timed out while waiting to acquire a resource
    // from"; SqlClient's "The timeout period elapsed prior to obtaining a connection from the pool"
    // (Strings.resx ADP_PooledOpenTimeout); Npgsql's "The connection pool has been exhausted". Before
    // the network's timeouts: SQLAlchemy's message says "connection timed out" too.
    sig!("db.pool_timeout", r"(?P<pool>[\w-]+) - Connection is not available, request timed out after (?P<ms>\d+)ms|QueuePool limit of size \d+ overflow \d+ reached, connection timed out(?:, timeout [\d.]+)?|PoolTimeout: couldn't get a connection after|timeout exceeded when trying to connect|Timeout acquiring a connection\. The pool is probably full|ConnectionAcquireTimeoutError|Timed out fetching a new connection from the connection pool|Timeout: Pool empty\. Unable to fetch a connection|A client timed out while waiting to acquire a resource|The timeout period elapsed prior to obtaining a connection from the pool|The connection pool has been exhausted",
        "The database connection pool ($pool) gave no connection in time",
        "Either the pool never connected (the database is unreachable or refuses the login: read the cause logged with it, check the endpoint and that the database's security group allows the task's) or every connection is held: raise the pool's size (HikariCP maximumPoolSize, SQLAlchemy pool_size and max_overflow, Knex pool.max, Prisma connection_limit, Max Pool Size) within the database's connection limit, or find the code that does not return its connections"),
    // The topic a Kafka client asks for is not on the cluster (or not on the broker it asked):
    // the protocol's UNKNOWN_TOPIC_OR_PARTITION, "This server does not host this topic-partition."
    // (clients/.../common/protocol/Errors.java, as KafkaJS, the Java clients and librdkafka print
    // it), librdkafka's "Broker: Unknown topic or partition" and "Local: Unknown topic"
    // (rdkafka.c), the Java producer's "Topic %s not present in metadata after %d ms."
    // (KafkaProducer.waitOnMetadata) — a topic that was never created where auto-creation is
    // off, or a name that differs between services.
    sig!("kafka.topic_missing", r"This server does not host this topic-partition|Broker: Unknown topic or partition|Local: Unknown topic\b|Topic (?P<topic>\S+) not present in metadata after \d+ ms",
        "The Kafka topic the client asked for does not exist on the cluster ($topic)",
        "Create the topic before the service starts (a one-off task, your infrastructure code, or auto.create.topics.enable on the cluster; MSK leaves it off), and check that every service uses the same topic name and the same cluster's bootstrap servers"),
    // A Kafka client that cannot reach any broker: the Java client's NetworkClient "Connection to
    // node %s (%s) could not be established. Broker may not be available." (clients/.../
    // NetworkClient.java; 3.7+ "Node may not be available."), kafka-python's NoBrokersAvailable
    // (kafka/errors.py), confluent-kafka-go/librdkafka's "Local: All broker connections are down"
    // (src/rdkafka.c, ERR__ALL_BROKERS_DOWN) as a Go or Python error; the Java consumer's
    // "Timeout expired while fetching topic metadata" (KafkaConsumer, no broker answered the
    // metadata request). Before net.timeout.
    sig!("kafka.unreachable", r"Connection to node (?P<node>-?\d+)(?: \((?P<addr>[^)]+)\))? could not be established\. (?:Broker|Node) may not be available|\bNoBrokersAvailable\b|Timeout expired while fetching topic metadata",
        "The Kafka client could not reach a broker ($addr)",
        "Check bootstrap.servers (the brokers' addresses, not localhost), that the brokers advertise addresses the task can reach (advertised.listeners), that the port matches the listener's security (MSK: 9092 plaintext, 9094 TLS, 9096 SASL/SCRAM, 9098 IAM), and that the brokers' security group allows the task's"),
    // Also the BEAM's: inet:format_error(timeout) is "timeout", as Postgrex and DBConnection
    // print it ("tcp connect (db:5432): timeout"); the HTTP clients' connect timeouts by their
    // class (httpx.ConnectTimeout, urllib3's ConnectTimeoutError and its "(connect timeout=%s)",
    // requests' ConnectTimeout) and curl's CURLE_OPERATION_TIMEDOUT while connecting ("Failed to
    // connect to %s port %d after %ld ms: Timeout was reached", lib/connect.c).
    // Windows words WSAETIMEDOUT (10060) "A connection attempt failed because the connected party did
    // not properly respond after a period of time, or established connection failed because connected
    // host has failed to respond." (Go on Windows: "dial tcp %s: connectex: …").
    sig!("net.timeout", r"(?i)connect ETIMEDOUT (?P<addr>[^\s,]+)|Can't connect to (?:MySQL |MariaDB )?server on '(?P<maddr>[^']+)' \((?:110|115|10060)\b[^)]*\)|dial tcp (?P<gaddr>[^\s]+): (?:connect: connection timed out|i/o timeout)|tcp connect \((?P<eaddr>[^)\s]+)\): timeout\b|Communications link failure|Connection timed out|ETIMEDOUT|timeout expired|Operation timed out|connect timed out|\bConnectTimeout(?:Error)?\b|\(connect timeout=[\d.]+\)|Failed to connect to (?P<caddr>\S+ port \d+) after \d+ ms: (?:Timeout was reached|Connection timed out)|dial tcp (?P<waddr>[^\s]+): connectex: A connection attempt failed|A connection attempt failed because the connected party did not properly respond after a period of time|WSAETIMEDOUT",
        "A connection timed out ($addr$maddr$gaddr$eaddr$caddr$waddr)",
        "The network path is closed: the other side's security group must allow the task's security group on that port, and the task subnet needs a route to it"),
    // EHOSTUNREACH and ENETUNREACH as each runtime words them: strerror "No route to host" /
    // "Network is unreachable" (glibc, musl; Python's "[Errno 113] No route to host"), Go's
    // syscall table "connect: no route to host" / "connect: network is unreachable", libuv's
    // "connect EHOSTUNREACH 10.0.1.5:5432" in Node, the JDK's NoRouteToHostException and Netty's
    // "finishConnect(..) failed: No route to host", MySQL's errno 113. An IPv6 address with
    // "network is unreachable" is a task without an IPv6 route.
    // Windows: WSAENETUNREACH (10051) and WSAEHOSTUNREACH (10065), "A socket operation was attempted
    // to an unreachable network." and "… host." (FormatMessage texts).
    sig!("net.unreachable", r"(?i)connect (?:EHOSTUNREACH|ENETUNREACH) (?P<addr>[^\s,]+)|dial tcp (?P<gaddr>[^\s]+): connect: (?:no route to host|network is unreachable)|Can't connect to (?:MySQL |MariaDB )?server on '(?P<maddr>[^']+)' \(113\b[^)]*\)|No route to host|Network is unreachable|EHOSTUNREACH|ENETUNREACH|Errno 113\b|Errno 101\b|A socket operation was attempted to an unreachable (?:network|host)|WSAE(?:NET|HOST)UNREACH",
        "The network had no route to the host ($addr$gaddr$maddr)",
        "The address is not reachable from the task's subnet: check the endpoint the container is given (a stale IP, another VPC's private address), the subnet's route table towards it (peering, transit gateway, VPN) and that no security group, NACL or host firewall rejects the task; \"network is unreachable\" for an IPv6 address means the task's subnet has no IPv6 route: connect over IPv4 or give the subnet IPv6"),
    // A database client that gave up on reaching its server, in its own words (a system error on
    // the same line is read by the signatures above): Prisma P1001 "Can't reach database server at
    // `%s`:`%s`" and P1002 "The database server at `%s`:`%s` was reached but timed out."
    // (prisma-engines libs/user-facing-errors/src/common.rs); the MongoDB drivers' server
    // selection timeout: Node MongoServerSelectionError "Server selection timed out after %d ms"
    // (src/sdam/topology.ts), Mongoose's MongooseServerSelectionError, pymongo
    // ServerSelectionTimeoutError (pymongo/topology.py), Java "Timed out after %d ms while waiting
    // to connect" / "... while waiting for a server that matches" (BaseCluster.java); MySQL's
    // CR_CONN_HOST_ERROR with another errno (libmysql/errmsg.cc), MySqlConnector's and
    // Connector/NET's "Unable to connect to any of the specified MySQL hosts."; SqlClient's "A
    // network-related or instance-specific error occurred while establishing a connection to SQL
    // Server" (Microsoft.Data.SqlClient Strings.resx); redis-cli's "Could not connect to Redis at
    // %s:%d: %s" (redis-cli.c), StackExchange.Redis's "It was not possible to connect to the
    // redis server(s)" (ConnectionMultiplexer.cs), Lettuce's RedisConnectionException "Unable to
    // connect to %s" (RedisConnectionException.java).
    sig!("db.unreachable", r"Can't reach database server at `(?P<host>[^`]+)`|Can't connect to (?:MySQL |MariaDB )?server on '(?P<mhost>[^']+)'|Unable to connect to any of the specified MySQL hosts|A network-related or instance-specific error occurred while establishing a connection to SQL Server|Could not connect to Redis at (?P<rhost>[^\s:]+:\d+)|It was not possible to connect to the redis server|RedisConnectionException: Unable to connect to (?P<lhost>\S+)|The database server at `(?P<thost>[^`]+)`(?::`\d+`)? was reached but timed out|Mongo(?:ose)?ServerSelectionError|ServerSelectionTimeoutError|Server selection timed out after \d+ ms|Timed out after \d+ ms while waiting (?:to connect|for a server)",
        "The database server could not be reached ($host$mhost$rhost$lhost$thost)",
        "Check the endpoint the container is given (host and port), that the database runs, and the network path: the database's security group must allow the task's security group on its port, and for MongoDB Atlas the task's egress (NAT) address must be on the project's IP access list"),
    // ---- proxies and collectors that refuse their configuration ------------------------------
    // HAProxy's configuration parser (src/cfgparse.c and the cfgparse-*.c keyword parsers:
    // ha_alert("parsing [%s:%d] : ...")), "Could not open configuration file %s : %s"
    // (src/haproxy.c), and the post-parse checks "Proxy '%s': ..." (src/cfgparse.c
    // check_config_validity), each on an "[ALERT]" line (src/errors.c: "[ALERT] (pid) : ", before
    // 2.4 with a "DDD/HHMMSS" date, since 2.5 with a "config : " context). The closing summaries
    // ("Error(s) found in configuration file", "Fatal errors found in configuration.") name no
    // cause and are left unread.
    sig!("haproxy.config", r"\[ALERT\][^\r\n]*?\(\d+\) : (?:config : )?(?P<msg>parsing \[(?P<file>[^\]:]+):(?P<line>\d+)\] ?: [^\r\n]+|Could not open configuration file [^\r\n]+|Proxy '[^']+': [^\r\n]+)",
        "HAProxy refused its configuration: $msg",
        "Fix the HAProxy configuration at the file and line named (haproxy -c -f <file> in the image checks it); a config file written on Windows needs Unix line endings and a final newline"),
    // Envoy's bootstrap load: ENVOY_LOG(critical, "error initializing configuration '{}': {}")
    // (source/server/server.cc InstanceImpl, and config_validation/server.cc); the message is the
    // EnvoyException's: a YAML error, "Protobuf message (type ... reason ...) has unknown fields",
    // "Unable to parse JSON as proto", "Invalid path".
    sig!("envoy.config", r"error initializing configuration '(?P<path>[^']*)': (?P<msg>[^\r\n]+)",
        "Envoy refused its bootstrap configuration $path: $msg",
        "Fix the Envoy configuration (envoy --mode validate -c <file> checks it): a field the Envoy version does not know usually means a v2 example run on a v3 Envoy (pin the image tag the example was written for, or port the config to the v3 API)"),
    // The OpenTelemetry Collector (and ADOT, its AWS distribution) stops before starting when its
    // configuration does not load: "collector server run finished with error: %v" (otelcol
    // command.go; "application run finished with error" before 0.40) over "failed to get config:
    // cannot unmarshal the configuration: ..." (otelcol/collector.go), older "cannot load
    // configuration's parser: ..." / "cannot load configuration: ..." (service/application.go);
    // ADOT v0.7 printed "Config file is missing or invalid, %v". A component this build does not
    // have (removed, like the jaeger exporter in 0.85, or not in this distribution) is named on
    // a line of its own: "error decoding '%s': unknown type: %q for id: %q (valid values: %v)"
    // (otelcol's configunmarshaler under mapstructure's "error decoding").
    sig!("otel.config", r"(?:collector server|[Aa]pplication) run finished with error: (?P<msg>[^\r\n]+)|^Error: (?P<emsg>(?:failed to get config|cannot load configuration|invalid configuration|failed to resolve config)[^\r\n]*)|Config file is missing or invalid, (?P<amsg>[^\r\n]+)|error decoding (?P<dmsg>'(?:receivers|processors|exporters|extensions|connectors)': unknown type: \x22[^\x22]+\x22)",
        "The OpenTelemetry Collector refused its configuration: $msg$emsg$amsg$dmsg",
        "Fix the collector configuration named (otelcol validate --config <file> checks it): a key the collector version does not know (a renamed exporter or option, a component not built into this distribution) or a YAML indentation error; on ECS check the AOT_CONFIG_CONTENT parameter or the file the task mounts"),
    // A configuration that names what this version removed, said by the program that removed it:
    // Traefik v3's deprecation notices ("Pilot configuration has been removed in v3, please remove
    // all Pilot-related static configuration for Traefik to start.", "Docker provider `swarmMode`
    // option has been removed in v3, please use the Swarm Provider instead.", pkg/cli/
    // deprecation.go), Elasticsearch's and OpenSearch's "unknown setting [%s] ... or check the
    // breaking changes documentation for removed settings" (AbstractScopedSettings.validate).
    // Only "has been removed" with a version or a "please", or with a setting's name: a warning
    // that something *will* be removed is not why a process stopped.
    sig!("config.removed", r#"(?:^|"|\s)(?P<msg>[^\s"][^\r\n"]{0,120}? (?:has|have) been removed (?:in|since) (?:v|version )?\d\w*(?:\.\d+)*)(?P<rest>[^\r\n".]{0,100})|unknown setting \[(?P<setting>[^\]]+)\][^\r\n]*removed settings"#,
        "The configuration sets something this version removed: $msg$rest$setting",
        "Remove or replace the option named, as the release's migration guide says (Traefik v2→v3, a major version of Elasticsearch), or pin the image to the previous major version until the configuration is ported"),
    // Traefik v3 stops with "incompatible deprecated static option found" (pkg/cli/
    // deprecation.go, "install" configuration since v3.3) after logging each option it refuses:
    // those notices say which (above), this line only that there were some.
    sig!("traefik.deprecated", r"incompatible deprecated (?:static|install) (?:configuration )?options? found",
        "Traefik v3 refused options of an earlier major version",
        "Remove the options Traefik logged just before this line (its v2-to-v3 migration guide lists each), or pin the image to traefik:v2 until the configuration is ported",
        wrapper = Wrapper::CauseAbove),
    // Traefik's CLI (traefik/paerser cli/commands.go execute: "command %s error: %v"): a static
    // configuration key from another major version ("field not found, node: X", v1 keys on v2+),
    // a flag it cannot decode, or a missing file.
    sig!("traefik.config", r#"command traefik error: (?P<msg>[^\r\n"]+)"#,
        "Traefik refused its static configuration: $msg",
        "Fix the option named in the Traefik flags, labels or traefik.yml/toml: \"field not found\" usually means a v1 configuration on a v2+ image (pin the image's major version, e.g. traefik:v1.7, or port the configuration)"),
    // Caddy's config loading (caddy cmd/main.go loadConfigWithLogger: "adapting config using %s:
    // %v", printed as "Error: ..." by cobra, or after the subcommand's name: "run: ..."): a
    // Caddyfile that does not parse.
    sig!("caddy.config", r"(?:^|\s)adapting config using (?P<adapter>\w+): (?P<msg>[^\r\n]+)",
        "Caddy refused its $adapter configuration: $msg",
        "Fix the Caddyfile at the line named (caddy validate --config <file> --adapter caddyfile checks it); a directive or argument the image's Caddy version does not know needs a newer image"),
    // --- Sidecars and agents (session 9, crash10b) ---
    // On ECS a task stops when an essential sidecar exits: the agents and log routers that run
    // beside the application refuse to start, each in its own words. After the network section
    // (a refused or unresolved endpoint in the same line reads better there) and before the
    // configuration section (a missing file or a denied permission in a Prometheus line is read
    // there; these patterns leave those lines alone).
    // The Datadog Agent image's s6 start-up check "You must set an DD_API_KEY environment
    // variable to run the Datadog Agent container" (DataDog/datadog-agent
    // Dockerfiles/agent/cont-init.d/01-check-apikey.sh; older images and the DogStatsD image
    // "You must set DD_API_KEY ..." / "You must set API_KEY ..."), the cluster and logs agents'
    // "no API key configured, exiting" (cmd/cluster-agent/subcommands/start/command.go), and the
    // trace agent's ErrMissingAPIKey "you must specify an API Key, either via a configuration file
    // or the DD_API_KEY env var" (pkg/trace/config/config.go).
    sig!("datadog.api_key", r"You must set (?:an? )?(?:DD_)?API_KEY environment variable to run the Datadog Agent container|\bno API key configured, exiting|(?i:you must specify an API Key, either via a configuration file or the DD_API_KEY env var)",
        "The Datadog Agent has no API key: DD_API_KEY is not set in its container",
        "Give the agent's container definition DD_API_KEY, best as a secret (secrets: name DD_API_KEY, valueFrom the Secrets Manager secret or SSM parameter ARN, which the task execution role must be allowed to read); the agent image reads DD_API_KEY only, not DATADOG_API_KEY or the old API_KEY"),
    // AWS for Fluent Bit's init image (init-* tags; the FireLens log router) reads its config
    // files before Fluent Bit starts and stops with logrus.Fatalf "[FluentBit Init Process] ...":
    // "Cannot get bucket region of %s + %s, you must be the bucket owner to implement this
    // operation" (GetBucketLocation failed), "Cannot download %s from s3", "Cannot open file: %s",
    // "Could not parse arn: %s", "Failed to get ECS Metadata via HTTP Get: %s"
    // (aws/aws-for-fluent-bit init/fluent_bit_init_process.go). logrus quotes the message, its
    // "\n" escaped.
    sig!("fluentbit.init", r#"\[FluentBit Init Process\] (?P<msg>(?:Cannot get bucket region of (?P<bucket>\S+) \+ (?P<key>[^,\\"]+), you must be the bucket owner|Cannot download|Cannot open file|Could not parse arn|Failed to)[^\\"\r\n]*)"#,
        "AWS for Fluent Bit's init process stopped before Fluent Bit started: $msg",
        "The init process reads each aws_fluent_bit_init_s3_N value (an S3 object ARN, arn:aws:s3:::bucket/key) with the task role, not the execution role: allow s3:GetBucketLocation on the bucket and s3:GetObject on the object in the task role (\"you must be the bucket owner\" is a denied GetBucketLocation); an aws_fluent_bit_init_file_N value must be a path inside the image, not an ARN"),
    // Fluentd's supervisor logs a configuration it cannot use as `config error file="%s"
    // error_class=%s error="%s"` ($log.error 'config error', file:, error: in fluent/fluentd
    // lib/fluent/supervisor.rb; Fluentd 0.12 without error_class): most often a plugin the image
    // lacks, "Unknown %s plugin '%s'. Run 'gem search -rd fluent-plugin' to find plugins"
    // (lib/fluent/registry.rb, Fluent::NotFoundPluginError).
    sig!("fluentd.config", r#"config error file\s?=\s?"(?P<file>[^"]*)"[^\r\n]*?\berror\s?=\s?"(?P<msg>[^"\r\n]+)"#,
        "Fluentd refused its configuration ($file): $msg",
        "An \"Unknown ... plugin\" is a plugin gem the image does not include: build an image FROM the fluentd image that installs it (fluent-gem install fluent-plugin-<name>) and use that in the task definition; otherwise fix the directive named in the configuration file (fluentd --dry-run -c <file> checks it)"),
    // Logstash's agent logs a pipeline it cannot create as "Failed to execute action
    // {:action=>LogStash::PipelineAction::Create/pipeline_id:%s, :exception=>\"%s\",
    // :message=>\"%s\", :backtrace=>[...]}" (elastic/logstash logstash-core/lib/logstash/agent.rb
    // converge_state); a configuration that does not parse is a LogStash::ConfigurationError whose
    // message is the grammar's "Expected one of ... at line %d, column %d (byte %d)".
    sig!("logstash.config", r#":exception=>"LogStash::ConfigurationError", :message=>"(?P<msg>Expected one of .*? at line \d+, column \d+(?: \(byte \d+\))?|[^"\r\n]*)"#,
        "Logstash refused its pipeline configuration: $msg",
        "Fix the pipeline file at the line and column named (bin/logstash -t -f <file> checks it): every file in the pipeline directory (/usr/share/logstash/pipeline/) is read as pipeline configuration, so a logstash.yml or other file mounted there, characters before the first input/filter/output block (a byte-order mark) or an unclosed brace or quote stops it"),
    // A lock or PID file says another instance runs: an earlier run's file kept on a volume
    // (the container restarted, the task was replaced) or a second task on the same directory.
    // Each program's own words: gunicorn "Already running on PID %s (or pid file '%s' is
    // stale)" (gunicorn/pidfile.py); twistd "Another twistd server is running, PID %s"
    // (twisted/scripts/_twistd_unix.py); the X server "Server is already active for display %s"
    // (os/utils.c LockServer) and vncserver's "A VNC server is already running as :%d";
    // PostgreSQL 'lock file "%s" already exists' (utils/init/miscinit.c CreateLockFile); InnoDB
    // "Unable to lock %s error: %d" with EAGAIN 11 (os0file.cc); MongoDB "Unable to lock the
    // lock file: %s (%s). Another mongod instance is already running" (storage_engine_lock_file);
    // Elasticsearch "failed to obtain node locks" (NodeEnvironment); Kafka "Failed to acquire lock
    // on file .lock in %s" (LogManager); ClickHouse "Cannot lock file %s. Another server instance
    // in same directory is already running." (StatusFile.cpp); Neo4j "Lock file has been locked
    // by another process: %s" (StoreLocker); H2 "Database may be already in use" (90020); Derby
    // "Another instance of Derby may have already booted the database %s"; Minecraft's
    // "session.lock: already locked"; Celery "Pidfile (%s) already exists" (celery/platforms.py);
    // dbus 'The pid file "%s" exists, if the message bus is not running, remove this file'
    // (bus/bus.c); rsyslogd "pidfile '%s' and pid %d already exist"; cronie "can't lock %s,
    // otherpid may be %ld"; LevelDB "IO error: lock %s: Resource temporarily unavailable | already
    // held by process" and RocksDB "While lock file: %s: Resource temporarily unavailable"
    // (env_posix.cc); Chromium "The profile appears to be in use by another %s process"
    // (process_singleton_posix.cc); dockerd "pid file found, ensure docker is not running or
    // delete %s" (pidfile); git "Unable to create '%s': File exists" (lockfile.c); Syncthing "Is
    // another Syncthing instance already running?"; httpd -k start's "%s (pid %d) already
    // running" (mpm_common.c ap_signal_server); Tor "another Tor process is running with the same
    // data directory"; Play's "This application is already running (Or delete %s file)."
    // (play.core.server.ProdServerStart); avahi-daemon's "Daemon already running on PID %u";
    // pixl-server's "Process %d from %s is still alive" (Cronicle); TigerVNC's vncserver "A
    // VNC/X11 server is already running as :%d on machine %s"; DuckDB's "Could not set lock on
    // file \"%s\": Conflicting lock is held in %s (PID %d)" (local_file_system.cpp; before 0.10
    // strerror's "Resource temporarily unavailable") and Badger's
    // "Cannot acquire directory lock on %q.  Another process is using this Badger database."
    // (dir_unix.go). Prometheus's, Liquibase's and Rails' own are read by their signatures. The PHP
    // servers' own checks of their PID file: Swoft's "The HTTP server have been running!(PID:
    // %d)" (http-server's command), think-swoole's "swoole http server process is already
    // running." (Rails' "A server is already running" has its own signature): in a container a
    // PID file kept on a volume names a PID (often 1, the new process itself) that is alive
    // again.
    // Windows: ERROR_SHARING_VIOLATION (32) "The process cannot access the file because it is being
    // used by another process." (.NET's IOException names the file): another process has it open.
    sig!("lock.held", r#"Already running on PID \d+ \(or pid file '(?P<path>[^']+)' is stale\)|\bserver process is already running\b|server have been running!\(PID: \d+\)|Another twistd server is running, PID \d+|Server is already active for display \S+|A VNC(?:/X11)? server is already running as :\d+|lock file "(?P<pgpath>[^"]+)" already exists|Unable to lock (?P<ipath>\S+?),? error: (?:11|35)\b|Unable to lock the lock file: (?P<mpath>\S+) \((?:Resource temporarily unavailable|Unknown error|errno:11)|Another mongod instance is already running|failed to obtain node locks|Failed to acquire lock on file \.lock in (?P<kpath>/\S+?)\.? A Kafka instance|Cannot lock file (?P<cpath>\S+?)\. Another server instance in same directory is already running|Lock file has been locked by another process: (?P<npath>\S+)|Database may be already in use|Another instance of Derby may have already booted the database (?P<dpath>\S+?)\.?(?:\s|$)|(?P<spath>\S*session\.lock): already locked|Pidfile \((?P<fpath>[^)]+)\) already exists|The pid file "(?P<bpath>[^"]+)" exists, if the message bus is not running|pidfile '(?P<rpath>[^']+)' and pid \d+ already exist|can't lock (?P<opath>\S+), otherpid may be|(?:IO error: lock|While lock file:) (?P<lpath>[^:\r\n]+?LOCK):? (?:Resource temporarily unavailable|already held by process)|The profile appears to be in use by another \S+ process|Could not set lock on file "(?P<ddpath>[^"]+)": (?:Conflicting lock is held|Resource temporarily unavailable)|Cannot acquire directory lock on "(?P<bgpath>[^"]+)"|pid file found, ensure docker is not running or delete (?P<dkpath>\S+)|Unable to create '(?P<gpath>[^']+\.lock)': File exists|(?i:is another Syncthing instance already running)|\bDaemon already running on PID \d+|Process \d+ from (?P<xpath>\S+\.pid) is still alive|\bhttpd \(pid \d+\) already running|another Tor process is running with the same data directory|This application is already running \(Or delete (?P<ppath>\S+) file\)|The process cannot access the file '(?P<wlpath>[^']+)' because it is being used by another process|The process cannot access the file because it is being used by another process"#,
        "A lock or PID file says another instance is running ($path$pgpath$ipath$mpath$kpath$cpath$npath$dpath$spath$fpath$bpath$rpath$opath$lpath$dkpath$gpath$ppath$xpath$wlpath$ddpath$bgpath): a file an earlier run left on a kept volume, or a second task using the same directory",
        "If the file is stale (the container restarted on a volume that keeps it: EFS or a host path), remove it in the entrypoint before the program starts, or keep PID files off the volume; if two tasks share the directory, only one may run: give each task its own path, or run the service with desiredCount 1 and a deployment of minimumHealthyPercent 0 and maximumPercent 100, so the old task stops before the new one starts"),
    // Prometheus cannot lock its TSDB directory: "opening storage failed: %v" (cmd/prometheus
    // main.go; 2.0-2.5 "Opening storage failed") over "lock DB directory: %v" (tsdb/db.go) with
    // EAGAIN "resource temporarily unavailable" (another process holds the lock) or ENOLCK "no
    // locks available" (the filesystem gives no locks); 2.0's "open DB in %s: Locked by other
    // process"; 1.x "Error opening memory series storage: resource temporarily unavailable". A
    // lock file Prometheus may not open ("permission denied") is read by fs.permission.
    sig!("prometheus.storage_lock", r"lock DB directory: (?P<err>resource temporarily unavailable|no locks available)|open DB in \S+?: (?P<lerr>Locked by other process)|Error opening memory series storage: (?P<oerr>resource temporarily unavailable)",
        "Prometheus could not lock its data directory ($err$lerr$oerr): another Prometheus uses it, or its filesystem gives no locks",
        "Give each Prometheus its own data directory: on ECS a rolling deployment starts the new task while the old one still holds the lock on a shared EFS directory (set the service's minimumHealthyPercent to 0 and maximumPercent to 100 so the old task stops first, or use a per-task path); \"no locks available\" is a filesystem without locks (NFS mounted without locking: use EFS or EBS, or --storage.tsdb.no-lockfile when only one Prometheus can ever use the directory)"),
    // Prometheus refuses its configuration file: level=error msg="Error loading config
    // (--config.file=%s)" err=... (prometheus/prometheus cmd/prometheus/main.go; before 2.0
    // "Error loading config: couldn't load configuration (-config.file=%s): ...") over "parsing
    // YAML file %s: %v" (config/config.go LoadFile). An "open ...: no such file" or "permission
    // denied" in that line is left to config.missing_file and fs.permission.
    sig!("prometheus.config", r#"Error loading config[^\r\n]*?parsing YAML file (?P<file>[^\s:]+): (?P<msg>[^"\r\n]+)"#,
        "Prometheus refused its configuration $file: $msg",
        "Fix prometheus.yml at the line named (promtool check config <file> checks it): YAML indentation, a key this Prometheus version does not know, or a value of the wrong type; on ECS check the file the task mounts or the image bakes in, and pin the image tag the file was written for"),
    // Grafana Loki (and Tempo, Mimir, on the same dskit config loader) exits with "failed parsing
    // config: %v" (grafana/loki cmd/loki/main.go; 2019 releases level=error msg="error loading
    // config" filename=%s err=%s); Promtail with "Unable to parse config: %v"
    // (clients/cmd/promtail/main.go), here only where a YAML error follows the path. The strict
    // YAML decoder's per-key lines below it are read by yaml.unknown_field.
    sig!("loki.config", r#"failed parsing config: (?P<msg>[^\r\n]+)|Unable to parse config: (?P<pmsg>\S+: yaml: [^\r\n]+)|msg="error loading config" filename=\S+ err="(?P<emsg>[^"\r\n]+)"#,
        "Loki (or Promtail) refused its configuration: $msg$pmsg$emsg",
        "Fix the configuration file named (or mount it at the -config.file path): a key of another program (Promtail's scrape_configs, clients or positions in Loki's file, or the reverse) or of another version (an option renamed or removed in the image's release: pin the image tag the file was written for, or port the file), or a value that does not parse (durations need a unit, e.g. 0s); loki -verify-config -config.file=<file> checks it"),
    // Go's strict YAML decoder (gopkg.in/yaml.v2 and v3 decode.go, KnownFields/UnmarshalStrict)
    // names a key the program's configuration type has no field for: "line %d: field %s not found
    // in type %s". Loki, Promtail, Prometheus, Alertmanager and the Grafana Agent decode so.
    sig!("yaml.unknown_field", r"\bline (?P<line>\d+): field (?P<field>\S+) not found in type (?P<type>[\w.]*\w)",
        "The YAML configuration has a key the program does not know: $field (line $line, type $type)",
        "Remove or move the key named: a key of another program's file (Promtail's scrape_configs in Loki's), of another version (renamed or removed in the image's release: pin the image tag the file was written for), or at the wrong indentation level"),
    // mapstructure's ErrorUnused, the decoder behind viper and the OpenTelemetry collector's
    // confmap: "'%s' has invalid keys: %s" (mapstructure.go), a key the configuration's type has
    // no field for ('' is the component's own top level). Rust's serde with deny_unknown_fields:
    // "unknown field `%s`, expected one of …" (de::Error::unknown_field), on a configuration's
    // line only: an API response decoded strictly says the same.
    sig!("config.unknown_key", r"'(?P<path>[^'\r\n]*)' has invalid keys: (?P<keys>[^\r\n]+)|(?i:config)[^\r\n]*?unknown field `(?P<sfield>[^`]+)`, (?:expected|there are no fields)",
        "The configuration has keys the program does not know: $keys$sfield",
        "Remove or move the keys named: a key of another component or program, of another version (renamed or removed in the image's release: pin the image tag the file was written for, or port the file to the new names), or at the wrong indentation level"),
    // --- Application runtimes (session 9, crash9b) ---
    // Before the configuration section: config.missing_env would read some of these lines (an
    // upper-case property "is required") without the framework's own fix.
    // Django's host-header check, django/http/request.py HttpRequest.get_host: "Invalid HTTP_HOST
    // header: %r. You may need to add %r to ALLOWED_HOSTS." and, for a name that is not a valid
    // host (an underscore in a container name), "... The domain name provided is not valid
    // according to RFC 1034/1035." (DisallowedHost, logged by django.security.DisallowedHost);
    // Django 1.5-1.6 "Invalid HTTP_HOST header (you may need to set ALLOWED_HOSTS): %s"
    // (SuspiciousOperation). Django answers 400, so a target-group health check that sends the
    // task's private IP as Host fails and ECS replaces the task.
    sig!("django.disallowed_host", r"Invalid HTTP_HOST header: '(?P<header>[^']*)'\.\s*(?:You may need to add '(?P<host>[^']+)' to ALLOWED_HOSTS|The domain name provided is not valid according to RFC 1034/1035)|Invalid HTTP_HOST header \(you may need to set ALLOWED_HOSTS\): (?P<ohost>\S+)",
        "Django refused requests for host $header$ohost (not in ALLOWED_HOSTS, or not a valid host name) and answered 400",
        "Add the host to ALLOWED_HOSTS (or the environment variable the settings read it from): a load balancer health check sends the task's private IP as Host, so add that IP at start-up (from the ECS task metadata endpoint) or a VPC range with django-allow-cidr, or answer the health-check path in a middleware placed before the host check; a proxy in front must pass a valid Host (a name with an underscore is never valid)"),
    // Alembic cannot find a revision in the image's migration scripts (alembic/script/base.py
    // _catch_revision_errors: "Can't locate revision identified by '%s'", a CommandError, printed
    // by the alembic command as "FAILED: ..." and logged by alembic.util.messaging): usually the
    // revision the database's alembic_version table records, written by another image.
    sig!("alembic.revision", r"Can't locate revision identified by '(?P<rev>[^']+)'",
        "Alembic cannot find revision $rev among the image's migration scripts (the database's alembic_version names it)",
        "The database was migrated by another version of the application than this image (a newer deploy, a branch, a deleted migration file): deploy an image whose migrations include that revision, or restore the file; only once the schema is known to match, point the database at an existing revision (alembic stamp <revision>)"),
    // Deno's permission denial (denoland/deno runtime/permissions/lib.rs PermissionDeniedError,
    // class NotCapable since Deno 2, PermissionDenied before): "Requires {access}, run again with
    // the --allow-{name} flag" (Deno 1.9+, e.g. `Requires net access to "0.0.0.0:8000"`), in a
    // `deno compile` binary "... specify the required permissions during compilation using `deno
    // compile --allow-{name}`"; before 1.9 (cli/permissions.rs) "{msg}, run again with the {flag}
    // flag" with msg "network access to \"...\"" / "read access to \"...\"".
    sig!("deno.permission", r#"(?:access to (?P<what>"[^"]*"), )?(?:run again with the --allow-(?P<flag>[\w-]+) flag|specify the required permissions during compilation using `deno compile --allow-(?P<cflag>[\w-]+)`)"#,
        "Deno denied an operation the program has no permission for: it runs without --allow-$flag$cflag ($what)",
        "Add the permission the line names to the deno run command in the image's CMD or the container definition's command (--allow-net, --allow-env, --allow-read, ..., scoped where possible: --allow-net=0.0.0.0:8000, --allow-env=NAME,...), before the script's name: flags after it go to the script; a compiled binary needs them at deno compile. No one can answer a permission prompt in a container"),
    // SmallRye Config (Quarkus, Helidon, Open Liberty, Debezium Server): "SRCFG00014: The config
    // property %s is required but it could not be found in any config source" (propertyNotFound)
    // and "SRCFG00040: The config property %s is defined as the empty String (\"\") which the
    // following Converter considered to be null: %s" (propertyEmptyString), both in
    // implementation/src/main/java/io/smallrye/config/_private/ConfigMessages.java, thrown as
    // NoSuchElementException or in a ConfigValidationException. An environment variable set to
    // "" is the usual SRCFG00040.
    sig!("smallrye.config_missing", r"SRCFG00014: The config property (?P<prop>\S+) is required but it could not be found in any config source|SRCFG00040: The config property (?P<eprop>\S+) is defined as the empty String",
        "The application has no value for the required config property $prop$eprop (not set, or set to an empty string)",
        "Give the property a value: as an environment variable in the container definition (or its secrets), named by upper-casing the property and replacing every character that is not a letter or digit with _ (quarkus.datasource.jdbc.url is QUARKUS_DATASOURCE_JDBC_URL), or in the application.properties of the profile the image runs (prod); Quarkus also takes it from a .env file in the working directory"),
    // Symfony's EnvNotFoundException: 'Environment variable not found: "%s".'
    // (symfony/dependency-injection Exception/EnvNotFoundException.php, thrown by
    // EnvVarProcessor / Container::getEnv for a %env(NAME)% parameter with no value).
    sig!("symfony.env_not_found", r#"Environment variable not found: "(?P<key>[^"]+)""#,
        "Symfony found no value for the environment variable $key",
        "Add the variable to the container definition's environment, or its secrets (valueFrom a Secrets Manager secret or SSM parameter); a production image reads the real environment or the .env.local.php that composer dump-env prod writes into the image, and the .env files of development only when they are in the image"),
    // A binary for another CPU run by a shell: when execve fails with ENOEXEC the shell runs the
    // file as a script (POSIX's execvp fallback, bash's and dash's and busybox ash's shellexec),
    // and an ELF file fails at its first line — bash "F: line 1: syntax error near unexpected
    // token `('" or "F: line 1: \x7fELF…: command not found", dash "F: 1: Syntax error: "("
    // unexpected", ash "F: line 1: syntax error: unexpected "("" (busybox counts from line 0, and
    // an unterminated quote in the binary's bytes is as common). A real script's line 1 is its
    // shebang, which never fails to parse; the file is a path (a shell's own "-c" string is
    // "sh: 1: …") without an extension (scripts are *.sh). A later line (dash's "F: 3: Syntax
    // error: word unexpected") is left to shell.syntax: a bash script run by sh fails there too.
    // Before shell.syntax and shell.command_not_found.
    sig!("exec.format_shell", r#"^(?P<file>\.?/(?:[^\s:]*/)?[^\s:./]+): (?:line )?[01]: (?:syntax error: unexpected "?\("?|Syntax error: "?\("? unexpected|syntax error near unexpected token [`']\('|syntax error: unterminated quoted string|Syntax error: Unterminated quoted string|\S*ELF\S*: (?:command )?not found)"#,
        "A binary for another CPU architecture was run, and a shell read it as a script ($file, line 1)",
        "Build the image for the task's platform (docker buildx --platform linux/amd64 or linux/arm64, and a download of the binary for that CPU), or set runtimePlatform.cpuArchitecture to match it"),
    // A shell script (usually the entrypoint) that does not parse: bash parse.y report_syntax_error
    // "syntax error: unexpected end of file" and "syntax error near unexpected token `%s'" (after
    // "script: line N: "), its [[ ]] parser's "syntax error in conditional expression[:
    // unexpected token `%s']", "unexpected token `%s', conditional binary operator expected" and
    // kin, and "unexpected EOF while looking for matching `%c'" (an unclosed quote); dash src/parser.c synexpect/synerror "Syntax error: %s unexpected
    // (expecting %s)" (after "script: N: "); busybox shell/ash.c raise_error_unexpected_syntax
    // "syntax error: unexpected %s (expecting %s)". The forms that show a carriage return are
    // read by exec.crlf above; CRLF line endings without a visible CR end up here as a missing
    // then/fi/done or an unexpected end of file.
    sig!("shell.syntax", r"^(?P<script>[^\s:]+): (?:line )?(?P<line>\d+): (?:[^\s:]+: )?(?P<msg>(?:syntax error(?: near unexpected token |: unexpected | near `| in conditional expression)|unexpected EOF while looking for (?:matching |`\]\])|unexpected (?:token|argument) `[^'\r\n]*'?,? (?:conditional binary operator expected|to conditional (?:unary|binary) operator|in conditional command)|conditional binary operator expected|Syntax error: [^\r\n]*? unexpected)[^\r\n]*)",
        "The shell could not parse $script at line $line: $msg",
        "A script written on Windows has CRLF line endings, which make then, do, fi and closing quotes unreadable: convert it to LF (dos2unix, or .gitattributes `*.sh text eol=lf`) and rebuild the image; otherwise close the if, loop or quote the message names, and run the script with the shell it is written for (bash syntax fails under /bin/sh on Debian's dash and Alpine's ash)"),
    // ---- configuration ------------------------------------------------------------------------
    // Spring Framework's PropertyPlaceholderHelper: "Could not resolve placeholder '%s' in value
    // \"%s\"" (spring-core org/springframework/util/PropertyPlaceholderHelper.java, an
    // IllegalArgumentException; 6.2+ PlaceholderResolutionException). Environment variables are
    // among the property sources it looks in.
    sig!("spring.placeholder", r"Could not resolve placeholder '(?P<key>[^'\s]+)' in (?:value|string value)",
        "A Spring property placeholder has no value ($${$key})",
        "Define the property: as an environment variable in the container definition (or a secret; ${DB_URL} reads DB_URL, and ${spring.datasource.url} also reads SPRING_DATASOURCE_URL), in the application properties of the active profile (SPRING_PROFILES_ACTIVE), or give the placeholder a default (${name:default})"),
    // django-environ's ImproperlyConfigured "Set the {} environment variable" (environ/environ.py);
    // Prisma's schema error "Environment variable not found: {}." (prisma-engines psl
    // diagnostics, P1012). Each runtime's own accessor that fails on a missing variable, as its
    // source words it: Elixir's System.fetch_env!/1 raises System.EnvError "could not fetch
    // environment variable %s because it is not set" (lib/elixir/lib/system.ex); Ruby's
    // ENV.fetch raises KeyError "key not found: %p" (hash.c env_fetch); Rust's
    // std::env::VarError::NotPresent displays "environment variable not found"
    // (library/std/src/env.rs); bash's ${X:?} "X: parameter null or not set" (subst.c
    // parameter_brace_expand_error; 5.2 "parameter not set" for ${X?}); and the libraries
    // people load them with — Node's env-var "\"X\" is a required variable, but it was not
    // set" (lib/variable.js), envalid's "Missing environment variables:" report
    // (src/reporter.ts), Go's kelseyhightower/envconfig "required key X missing value"
    // (envconfig.go). A bare upper-case word "is required" is an environment variable only when
    // it is named like one (an underscore: `API_KEY`, not `TLS` or `UUID`) or called one.
    // The same said by a library that reads the variable or by what is left empty without it:
    // "Missing required environment variable: X" in its common wordings; python-decouple's
    // UndefinedValueError "{} not found. Declare it as envvar or define a default value."
    // (decouple.py, the name as the code asks for it); dotenv-safe's MissingEnvVarsError "… are
    // not present in the environment:" (before 6, "… are not defined in the environment:");
    // t3-env's "Invalid environment variables:"; Django's ImproperlyConfigured "The SECRET_KEY
    // setting must not be empty." (django/conf/__init__.py); .NET's ArgumentNullException for a
    // connection string never configured ("Value cannot be null. (Parameter
    // 'connectionString')", the ConnectionStrings__Name variable) and ADO.NET's "The
    // ConnectionString property has not been initialized."; SQLAlchemy handed an empty URL
    // ("Could not parse SQLAlchemy URL from string ''", sqlalchemy/engine/url.py; "rfc1738 URL"
    // before 1.4).
    // Rails' encrypted credentials without their key: ActiveSupport::EncryptedFile::MissingKeyError
    // "Missing encryption key to decrypt file with. Ask your team for your master key and write
    // it to %s or put it in the ENV['RAILS_MASTER_KEY']." (activesupport/lib/active_support/
    // encrypted_file.rb).
    // API clients and bot libraries handed no key or token (an unset variable read with
    // os.getenv): the Stainless-generated SDKs (OpenAI, Anthropic, Groq, Together …) "The api_key
    // client option must be set either by passing api_key to the client or by setting the %s
    // environment variable" (src/*/_client.py); discord.py's Client.login "expected token to be a
    // str, received NoneType instead" (discord/client.py); python-telegram-bot's InvalidToken "You
    // must pass the token you received from https://t.me/Botfather!" (telegram/_bot.py, an empty
    // token); discord.js's TokenMissing "Request to use token, but token was unavailable to the
    // client." (src/errors/Messages.js); Slack Bolt's "Either an env variable `%s` or `token`
    // argument in the constructor is required." (slack_bolt/app/app.py).
    // Go without cgo finds the user's home only in $HOME: os/user's "user: Current requires cgo
    // or $HOME set in environment" (lookup_stubs.go) and os.UserHomeDir's "$HOME is not
    // defined" (os/file.go), for a static binary run as a uid with no HOME.
    // erlexec (erts/etc/common/erlexec.c) will not start the BEAM without $HOME: "erlexec: HOME
    // must be set" (a task whose user has no home in /etc/passwd and no HOME in its environment).
    sig!("config.missing_env", r#"(?:user: Current requires cgo or )?\$(?P<gokey>HOME) (?:set in environment|is not defined)|erlexec: (?P<hkey>HOME) must be set|(?:^|\s)KeyError: '(?P<key>[A-Z][A-Z0-9_]{2,})'|(?i:missing (?:required |mandatory )?(?:environment|env) var(?:iable)?):? ["'`]?(?P<qkey>[A-Z][A-Z0-9_]{2,})|(?P<dkey>\w{3,}) not found\. Declare it as envvar or define a default value|are not present in the environment:|but are not defined in the environment:|Invalid environment variables:|The (?P<djkey>[A-Z][A-Z0-9_]{2,}) setting must not be empty|Value cannot be null\.? \(Parameter '(?P<cskey>connectionString)'\)|The ConnectionString property has not been initialized|Could not parse (?:SQLAlchemy|rfc1738) URL from string(?: '')?\s*$|could not fetch environment variable "(?P<xkey>[^"]+)" because it is not set|key not found: "(?P<rkey>[A-Z][A-Z0-9_]{2,})"|(?P<bkey>\b[A-Z][A-Z0-9_]{2,}): parameter (?:null or )?not set|"(?P<nkey>[A-Z][A-Z0-9_]{2,})" is a required variable, but it was not set|Missing environment variables:|required key (?P<gkey>[A-Z][A-Z0-9_]{2,}) missing value|(?i:environment variable not found)|(?i:environment variable)\s+["'`]?(?P<ekey>[A-Z][A-Z0-9_]{2,})["'`]?\s+(?i:is not set|not set|is missing|missing|is required|required|is undefined|must be set)|["'`$]?(?P<vkey>[A-Z][A-Z0-9]*_[A-Z0-9_]+)["'`]? (?i:environment variable )?(?i:is not set|must be set|is required|is not defined|not defined)|["'`]?(?P<wkey>[A-Z][A-Z0-9]{2,})["'`]? (?i:environment variable) (?i:is not set|must be set|is required|is not defined|not defined)|Set the (?P<skey>[A-Z][A-Z0-9_]{2,}) environment variable|: (?P<ukey>[A-Z][A-Z0-9_]{2,}): unbound variable|Environment variable not found: (?P<pkey>[A-Z][A-Z0-9_]{2,})|(?i:(?:env ?var(?:iable)?s?|environment variables?)\b[^\r\n.;,]{0,40}?(?:is unset|unset|not set|missing|should exist|not present|not available|not found|not defined|undefined))|\bNotPresent\b|Missing encryption key to decrypt file with[^\r\n]*ENV\['(?P<mkey>[A-Z][A-Z0-9_]+)'\]|client option must be set either by passing \w+ to the client or by setting the (?P<sdkey>[A-Z][A-Z0-9_]+) environment variable|The \w+ client option must be set either by passing|expected token to be a str, received (?:NoneType|<class 'NoneType'>) instead|You must pass the token you received from https://t\.me/Botfather|Request to use token, but token was unavailable to the client|Either an env variable `(?P<slkey>[A-Z][A-Z0-9_]+)` or `\w+` argument in the constructor is required"#,
        "A required environment variable is not set ($gokey$hkey$key$xkey$rkey$bkey$nkey$gkey$ekey$vkey$wkey$skey$ukey$pkey$mkey$qkey$dkey$djkey$cskey$sdkey$slkey)",
        "Add it to the container definition's environment, or to its secrets (valueFrom a Secrets Manager secret or SSM parameter), and register a new revision"),
    // The container has no UTF-8 locale (Docker sets none; minimal images ship only C/POSIX), so
    // the runtime's text encoding is ASCII: CPython's UnicodeEncodeError/UnicodeDecodeError for
    // the 'ascii' codec ("'%U' codec can't encode character …", Objects/exceptions.c) and Click's
    // refusal ("Python was configured to use ASCII as encoding for the environment",
    // click/_unicodefun.py), Ruby's "invalid byte sequence in US-ASCII", Elixir's warning that
    // "the VM is running with native name encoding of latin1", the JDK's InvalidPathException
    // "Malformed input or input contains unmappable characters" (sun.jnu.encoding
    // ANSI_X3.4-1968), GHC's handles in an ASCII locale: "hGetContents: invalid argument (cannot
    // decode byte sequence starting from %d)" and "commitBuffer: invalid argument (cannot encode
    // character '\\%d')" (GHC.IO.Encoding.Failure; before GHC 9.4 "(invalid byte sequence)" and
    // "(invalid character)").
    // The time zone database is not in the image (Alpine, distroless and scratch images ship
    // none), or TZ names a zone that does not exist: Go's time.LoadLocation "unknown time zone %s"
    // (time/zoneinfo_read.go), CPython's zoneinfo "No time zone found with key %s"
    // (Lib/zoneinfo/_common.py), pytz's UnknownTimeZoneError, Java's ZoneRulesException "Unknown
    // time-zone ID: %s" (java.time.zone.ZoneRulesProvider), PHP's "Unknown or bad timezone (%s)"
    // (ext/date/php_date.c), V8's "Invalid time zone specified: %s" (a Node built with small ICU),
    // tzinfo's DataSourceNotFound and InvalidTimezoneIdentifier, ActiveSupport's "Invalid
    // Timezone: %s", .NET's TimeZoneNotFoundException "The time zone ID '%s' was not found on the
    // local computer." (System.Private.CoreLib Strings.resx TimeZoneNotFound_MissingData; the
    // image lacks tzdata, or InvariantGlobalization hides it).
    sig!("tz.unknown", r"The time zone ID '(?P<net>[\w/+-]+)' was not found on the local computer|unknown time zone (?P<go>[\w/+-]+)|No time zone found with key (?P<py>[\w/+-]+)|UnknownTimeZoneError: '?(?P<pytz>[\w/+-]+)|Unknown time-zone ID: (?P<java>[\w/+-]+)|Unknown or bad timezone \(?(?P<php>[\w/+-]+)|Invalid time zone specified: (?P<node>[\w/+-]+)|Invalid Timezone: (?P<rails>[\w/+-]+)|TZInfo::(?:DataSourceNotFound|InvalidTimezoneIdentifier)",
        "A time zone was not found in the image's time zone database ($go$py$pytz$java$php$node$rails$net)",
        "Install the time zone database in the image (apk add tzdata, apt-get install tzdata; Go: import _ \"time/tzdata\" or build with -tags timetzdata; Python: pip install tzdata; Ruby: gem tzinfo-data), or correct the zone in TZ or the application's configuration (an IANA name such as Europe/Berlin)"),
    // A locale the process asks for (LANG, LC_ALL) that the image does not have: CPython's
    // locale.Error "unsupported locale setting" (Modules/_localemodule.c), initdb's "invalid
    // locale name \"%s\"" and "invalid locale settings; check LANG and LC_* environment
    // variables" (src/bin/initdb/initdb.c).
    sig!("locale.missing", r#"unsupported locale setting|invalid locale name:? "?(?P<name>[^"\s]+)|invalid locale settings; check LANG and LC_\* environment variables"#,
        "A locale the process asks for is not installed in the image ($name)",
        "Generate the locale in the image (Debian: apt-get install locales and locale-gen, or localedef -i en_US -f UTF-8 en_US.UTF-8; Alpine has none: use musl-locales or C.UTF-8), or set LANG/LC_ALL to C.UTF-8"),
    sig!("locale.not_utf8", r"(?P<what>'ascii' codec can't (?:encode|decode)|Python was configured to use ASCII as encoding for the environment|invalid byte sequence in US-ASCII|native name encoding of latin1|Malformed input or input contains unmappable characters|invalid argument \((?:cannot decode byte sequence starting from|cannot encode character|invalid byte sequence|invalid character))",
        "The container has no UTF-8 locale: its text encoding is ASCII ($what)",
        "Set LANG=C.UTF-8 and LC_ALL=C.UTF-8 in the container definition's environment or the image (ENV LANG=C.UTF-8); for Python also PYTHONIOENCODING=utf-8, for Java -Dfile.encoding=UTF-8 -Dsun.jnu.encoding=UTF-8"),
    // The loader found the library but could not map it with execute permission: glibc's
    // elf/dl-load.c "failed to map segment from shared object" (mmap refused: the file is on a
    // noexec mount, as /tmp often is, or the address space is capped). Java's
    // UnsatisfiedLinkError and Python's ImportError quote it for native libraries they unpack.
    sig!("lib.map_failed", r"(?P<lib>/\S+?\.so[\w.]*): (?:/\S+: )?failed to map segment from shared object",
        "The dynamic loader could not map $lib into memory (a library on a noexec mount such as /tmp, or a capped address space)",
        "Unpack native libraries to a directory mounted without noexec (Java: -Djava.io.tmpdir or the library's own temp-dir property; others: TMPDIR), or drop noexec from that mount; with a memory cap, raise the container's memory"),

    // libraries: %s: %s" with elf/dl-load.c's "cannot open shared object file" (the same text
    // dlopen returns into Python's ImportError and Node's process.dlopen); musl's ld.so,
    // ldso/dynlink.c "Error loading shared library %s: %m (needed by %s)" (Alpine). Before
    // python.module: an ImportError that quotes the loader names a system library, not a module.
    // A GPU program in a container that sees no GPU: PyTorch's "Found no NVIDIA driver on your
    // system" (torch/cuda/__init__.py _check_driver), the CUDA runtime's "no CUDA-capable device is
    // detected" and "CUDA driver version is insufficient for CUDA runtime version"
    // (cudaGetErrorString), its driver mismatches 804 "forward compatibility was attempted on non
    // supported HW" and 803 "system has unsupported display driver / cuda driver combination",
    // NVML's "Driver/library version mismatch", the driver API's CUDA_ERROR_NO_DEVICE (TensorFlow's "failed call to
    // cuInit"), nvidia-smi's "couldn't communicate with the NVIDIA driver", libnvidia-container's
    // "nvml error: driver not loaded", and the driver library itself missing (the host's driver
    // is mounted into the container only for a GPU reservation). Before lib.missing.
    sig!("gpu.unavailable", r"(?P<what>Found no NVIDIA driver on your system|no CUDA-capable device is detected|CUDA driver version is insufficient for CUDA runtime version|forward compatibility was attempted on non supported HW|system has unsupported display driver / cuda driver combination|Failed to initialize NVML: Driver/library version mismatch|CUDA_ERROR_NO_DEVICE|NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver|nvml error: driver not loaded|libcuda\.so(?:\.1)?: cannot open shared object file|libnvidia-ml\.so(?:\.1)?: cannot open shared object file)",
        "The container sees no usable GPU ($what)",
        "Run the task on a GPU container instance (the ECS GPU-optimized AMI on a g or p instance type) and reserve the GPUs in the container definition (resourceRequirements: [{type: GPU, value: N}]): only then is the driver mounted into the container; Fargate has no GPUs. \"Insufficient\" driver: use an image whose CUDA version the instance's driver supports, or a newer AMI"),
    // A GPU the image's CUDA code was not compiled for: the runtime's
    // cudaErrorNoKernelImageForDevice ("no kernel image is available for execution on the
    // device", cudaGetErrorString), and PyTorch's warning before it ("%s with CUDA capability
    // sm_%d%d is not compatible with the current PyTorch installation.", torch/cuda/__init__.py).
    // The driver and the device are there: the build's architecture list is what lacks this GPU.
    sig!("gpu.arch_unsupported", r"(?P<what>no kernel image is available for execution on the device|with CUDA capability sm_\d+ is not compatible with the current PyTorch installation)",
        "The image's GPU code was not built for this GPU's architecture ($what)",
        "Use an instance type whose GPU the image supports, or an image built for this GPU: a PyTorch or CUDA build that includes its compute capability (sm_75 T4, sm_80 A100, sm_86 A10G, sm_89 L4 and L40S, sm_90 H100), or TORCH_CUDA_ARCH_LIST / -gencode with it when compiling extensions"),
    // A native module or library built for another system: glibc's loader on a file that is not
    // an ELF object of this machine ("invalid ELF header", "wrong ELF class: ELFCLASS32",
    // elf/dl-load.c) — a node_modules or virtualenv copied from a Mac or Windows host; Node's
    // "was compiled against a different Node.js version using NODE_MODULE_VERSION %d. This
    // version of Node.js requires NODE_MODULE_VERSION %d." (src/node_binding.cc). And npm
    // packages that ship one native binary per platform as optional dependencies, which a lock
    // file or node_modules from another OS or CPU leaves out: esbuild's "You installed esbuild
    // for another platform than the one you're currently using" and 'The package "%s" could not
    // be found, and is needed by esbuild' (lib/npm/node-platform.ts); sharp's 'Could not load
    // the "sharp" module using the %s runtime' (lib/sharp.js); Rollup's "Cannot find module
    // @rollup/rollup-%s. npm has a bug related to optional dependencies" (native.js); Next.js's
    // "Failed to load SWC binary for %s/%s"; Prisma's 'could not locate the Query Engine for
    // runtime "%s"' and, in Prisma 5's library engine, 'Query engine library for current platform
    // "%s" could not be found' (its binaryTargets lack the image's OS and OpenSSL); and any napi-rs loader's missing '@scope/name-<os>-<cpu>[-<abi>]' package or
    // 'name.<os>-<cpu>[-<abi>].node' file (lightningcss, @swc/core, @parcel/watcher …). A module
    // never built for this image: the bindings package's "Could not locate the bindings file.
    // Tried:" (bindings.js) and node-gyp-build's "No native build was found for platform=%s
    // arch=%s runtime=%s abi=%s …" (node-gyp-build.js).
    sig!("lib.wrong_platform", r#"(?P<file>[^\s:'`]+): invalid ELF header|Query engine (?:library|binary) for current platform "(?P<prismaqe>[^"]+)" could not be found|wrong ELF class: (?P<class>ELFCLASS\d+)|was compiled against a different Node\.js version|NODE_MODULE_VERSION \d+\. This version of Node\.js requires|You installed esbuild for another platform than the one you're currently using|The package "(?P<esb>@esbuild/[\w-]+)" could not be found, and is needed by esbuild|Could not load the "sharp" module using the (?P<sharp>[\w-]+) runtime|Cannot find module (?P<rollup>@rollup/rollup-[\w-]+)\. npm has a bug related to optional dependencies|Failed to load SWC binary for (?P<swc>\S+?),? |could not locate the Query Engine for runtime "(?P<prisma>[^"]+)"|Could not locate the bindings file\. Tried:|No native build was found for (?P<ngb>platform=\S+ arch=\S+)|Cannot find module '?(?:\.{1,2}/)*(?P<napi>(?:@[\w.-]+/)?[\w.-]+[.-](?:linux|darwin|win32|freebsd|android)-(?:x64|arm64|arm|ia32|riscv64|s390x|ppc64)(?:-(?:gnu|musl|msvc|gnueabihf|musleabihf))?(?:\.node)?)(?:'|\b)"#,
        "A native module or library in the image was built for another system, or not built at all ($file$class$esb$sharp$rollup$swc$prisma$prismaqe$napi$ngb)",
        "Install dependencies while building the image, for its own OS, CPU and runtime version (npm ci or pip install in the Dockerfile; keep the host's node_modules and virtualenvs out with .dockerignore), and rebuild native modules after changing the Node.js version (npm rebuild); an install that skips build scripts (npm --ignore-scripts, pnpm 10 without approve-builds) or an Alpine (musl) image a package publishes no prebuilt binary for leaves the module unbuilt"),
    // Modules the standard library dropped (PEP 594: removed in Python 3.13, asynchat, asyncore and
    // smtpd already in 3.12; PEP 632: distutils in 3.12; imp in 3.12; lib2to3 in 3.13), and
    // setuptools' pkg_resources, which Python 3.12's venv and ensurepip no longer install. A newer
    // base image (python:3 moved to 3.13) breaks code that imports them: not a dependency missing
    // from requirements, so before `python.module`.
    sig!("python.stdlib_removed", r"ModuleNotFoundError: No module named '(?P<module>(?:aifc|audioop|cgi|cgitb|chunk|crypt|imghdr|mailcap|msilib|nis|nntplib|ossaudiodev|pipes|sndhdr|spwd|sunau|telnetlib|uu|xdrlib|lib2to3|distutils|asynchat|asyncore|smtpd|imp|pkg_resources)(?:\.[\w.]+)?)'",
        "The code imports $module, which the image's Python no longer provides (removed from the standard library, or no longer installed with it)",
        "Python 3.12 removed distutils, imp, asynchat, asyncore and smtpd, and no longer installs setuptools (pkg_resources, the distutils shim) in venvs; Python 3.13 removed cgi, cgitb, crypt, imghdr, pipes, telnetlib, audioop, lib2to3 and the rest of PEP 594's modules. Pin the image to the Python the code supports (python:3.12 or 3.11, not python:3), upgrade the library that imports it, add setuptools for pkg_resources and distutils, or install the PyPI replacement (legacy-cgi, standard-imghdr, standard-telnetlib …)"),
    // musl's dynamic linker, ldso/dynlink.c: "Error relocating %s: %s: symbol not found". Every
    // library it needs was found; one symbol was not: the binary was linked against glibc (its
    // _chk or 64-suffixed functions) or a newer musl than this image's, so the fix is the image's
    // C library, not a package to add.
    sig!("lib.symbol_missing", r"Error relocating (?P<bin>[^:\s]+): (?P<sym>[\w.@]+): symbol not found",
        "$bin needs $sym, which the image's C library (musl) does not have",
        "The binary was built against glibc or a newer musl than the image's: build it in the image it runs in (the same Alpine release, a multi-stage build whose stages share one base), move the runtime image to a newer Alpine, use a glibc-based image (debian-slim) for a glibc binary, or the program's musl build"),
    // Windows: ERROR_MOD_NOT_FOUND (126) "The specified module could not be found." — a DLL the
    // program (or a DLL it loads) needs is not in the image; .NET's DllNotFoundException "Unable to
    // load DLL '%s' or one of its dependencies", CPython's "DLL load failed while importing %s".
    // ld.so's "error while loading shared libraries: %s: cannot open shared object file" wrapped
    // by a terminal or a paste after the library's name.
    sig!("lib.missing", r"(?P<lib>[\w.+-]+\.so[\w.]*): cannot open shared object file|error while loading shared libraries: (?P<wlib>[\w.+-]+\.so[\w.]*):?\s*$|Error loading shared library (?P<mlib>[\w.+-]+)|Unable to load DLL '(?P<dll>[^']+)'|DLL load failed(?: while importing (?P<pydll>\w+))?: The specified module could not be found|The specified module could not be found",
        "A shared library the binary needs is not in the image ($lib$mlib$dll$pydll)",
        "Install the package that provides it in the image (apt-get install / apk add), and run ldconfig after installing into /usr/local/lib; a glibc binary on Alpine (ld-linux-*.so missing) needs a glibc-based image (debian-slim) or a musl build; a Windows DLL: install its redistributable (the Visual C++ runtime) in the image, or build on Server Core rather than Nano Server, which lacks most of Windows' DLLs"),
    // Also a distribution the entry point's metadata names and the image lacks: setuptools'
    // "The '%s' distribution was not found and is required by %s" (pkg_resources
    // DistributionNotFound) and importlib.metadata's "No package metadata was found for %s".
    sig!("python.module", r"ModuleNotFoundError: No module named '(?P<module>[^']+)'|ImportError: (?P<msg>[^\r\n]+)|DistributionNotFound: The '(?P<dist>[^']+)' distribution was not found|PackageNotFoundError: No package metadata was found for (?P<meta>\S+)",
        "Python could not import: $module$msg$dist$meta",
        "The dependency is missing from the image, or installed at a version without what is imported (\"cannot import name\": a newer release removed it): add it to requirements with a pinned, compatible version and rebuild; or fix PYTHONPATH / the working directory"),
    // Node's resolvers (lib/internal/modules/cjs/loader.js: "Cannot find module '%s'";
    // lib/internal/errors.js: ERR_MODULE_NOT_FOUND "Cannot find %s '%s' imported from %s" with
    // module or package, ERR_PACKAGE_PATH_NOT_EXPORTED "Package subpath '%s' is not defined by
    // \"exports\" in %s", ERR_UNSUPPORTED_DIR_IMPORT "Directory import '%s' is not supported
    // resolving ES modules imported from %s"), also when a logger prints the message without
    // the `Error: ` header; Bun's resolver ("Cannot find module \"%s\" from \"%s\"") and Deno's
    // ("error: Module not found \"%s\"") for the same failure.
    sig!("node.module", r#"(?:^|[^\w])Cannot find module '(?P<module>[^']+)'|ERR_MODULE_NOT_FOUND[^\r\n]*?'(?P<esm>[^']+)'|Cannot find (?:module|package) '(?P<imp>[^']+)' imported from|Package subpath '(?P<sub>[^']+)' is not defined by "exports"|Directory import '(?P<dir>[^']+)' is not supported resolving ES modules|Cannot find module "(?P<bun>[^"]+)" from "|error: Module not found "(?P<deno>[^"]+)""#,
        "Node.js cannot find module $module$esm$imp$sub$dir$bun$deno",
        "A package name (express) is a dependency missing from the image: install production dependencies in the image (npm ci --omit=dev), not on the host. A path (/app/dist/main.js, ./config) is a file missing from the image: the build step (tsc, npm run build) did not run or its output was not copied into the final stage, or the command's path and the WORKDIR disagree"),
    // ERR_REQUIRE_ESM (lib/internal/errors.js): Node 12-16 "Must use import to load ES Module:
    // %s", Node 16.7+ "require() of ES Module %s from %s not supported.". Not the `code:
    // 'ERR_REQUIRE_ESM'` property line Node prints below the frames: the header names the module.
    sig!("node.require_esm", r"(?:Error \[ERR_REQUIRE_ESM\]: )?(?:Must use import to load ES Module: (?P<m1>\S+)|require\(\) of ES Module (?P<m2>\S+))",
        "Node.js cannot require() an ES module ($m1$m2)",
        "A dependency is ESM-only: load it with import() (or make the app an ES module), or pin the dependency's last CommonJS major version in package.json"),
    // Node.js refuses a flag in NODE_OPTIONS before it runs anything (src/node.cc: "%s: %s is not
    // allowed in NODE_OPTIONS", and "%s: bad option: %s" for one it does not know at all): a flag
    // the image's Node.js is too old for (--openssl-legacy-provider came with Node 17) or one
    // NODE_OPTIONS may not carry.
    sig!("node.options", r"node: (?P<opt>--[\w-]+)(?:=\S*)? is not allowed in NODE_OPTIONS|node: bad option: (?P<bad>\S+)",
        "Node.js refused the option $opt$bad before starting",
        "Remove the option from NODE_OPTIONS (the task definition's environment, or an ENV in the image), or run a Node.js that knows it: --openssl-legacy-provider exists from Node.js 17, and a CLI that bundles its own older Node.js (the Heroku CLI, some installers) refuses it"),
    // pip's PEP 668 refusal (pip/_internal/exceptions.py ExternallyManagedEnvironment: "error:
    // externally-managed-environment", "× This environment is externally managed"): Debian 12,
    // Ubuntu 23.04 and later mark their system Python as managed by apt, so a `pip install` in an
    // entrypoint (or a build step) on such a base image fails.
    sig!("python.externally_managed", r"error: externally-managed-environment|This environment is externally managed",
        "pip refused to install into the image's system Python (PEP 668: externally managed)",
        "Install at build time into a virtual environment (python3 -m venv /opt/venv, then put /opt/venv/bin first on PATH), use the distribution's python3-* packages, or start from a python:3.x image whose Python is not the distribution's; --break-system-packages forces it, at the risk of breaking apt's Python tools. Installing packages in the entrypoint also repeats the work at every task start"),
    // OpenSSL 3 (Node 17+) refuses the MD4 hash webpack 4 and react-scripts 4 use:
    // "error:0308010C:digital envelope routines::unsupported" (OpenSSL's EVP_R_UNSUPPORTED,
    // crypto/err/openssl.txt), which Node codes ERR_OSSL_EVP_UNSUPPORTED ("ERR_OSSL_" + library +
    // reason, src/crypto/crypto_util.cc).
    sig!("node.openssl3", r"error:0308010C:digital envelope routines::unsupported|ERR_OSSL_EVP_UNSUPPORTED",
        "Node.js's OpenSSL 3 refused a legacy hash (ERR_OSSL_EVP_UNSUPPORTED): a build tool is older than the Node.js version",
        "Upgrade the build tool (webpack 5, react-scripts 5), or run it on Node.js 16, or set NODE_OPTIONS=--openssl-legacy-provider; better, build the bundle in the Dockerfile and serve the static files instead of running a dev server in the task"),
    // package.json has no script by that name: npm 7+ `Missing script: "start"`
    // (lib/commands/run-script.js), npm 6 "missing script: start" (lib/run-script.js), pnpm
    // ERR_PNPM_NO_SCRIPT "Missing script: start" (exec/plugin-commands-script-runners).
    sig!("npm.missing_script", r#"(?:npm ERR!|npm error|ERR_PNPM_NO_SCRIPT)\s+(?i:missing script): "?(?P<script>[\w:.-]+)"?"#,
        "package.json has no \"$script\" script",
        "The command runs a script the image's package.json does not define: add it to \"scripts\", run the right one (npm run <name>), or check that WORKDIR is the directory holding the application's package.json"),
    // V8's kImportOutsideModule "Cannot use import statement outside a module"
    // (src/common/message-template.h): Node loaded an ES-module file as CommonJS.
    sig!("node.esm_syntax", r"SyntaxError: Cannot use import statement outside a module",
        "Node.js loaded a file that uses import as CommonJS (Cannot use import statement outside a module)",
        "Run the compiled JavaScript (tsc/babel output, not the TypeScript sources), or mark the package as ESM (\"type\": \"module\" in package.json, or .mjs files); check that the image's command points at the build output"),
    // Rust's io::Error Display "... (os error 2)" is ENOENT (library/std/src/io/error.rs);
    // Elixir's File.Error "could not %s %s: no such file or directory" (lib/elixir/lib/
    // exception.ex, with :file.format_error(:enoent)); PHP's "%s(%s): Failed to open stream: No
    // such file or directory" (main/streams/plain_wrapper.c, php_stream_display_wrapper_errors);
    // the JDK's NIO NoSuchFileException (its message is the path: sun.nio.fs.UnixException),
    // Ruby's "No such file or directory @ rb_sysopen - /x" (File.open), .NET's "Could not find a
    // part of the path '/x'" (SR.IO_PathNotFound_Path, DirectoryNotFoundException) and Rust's
    // io::Error Debug form `Os { code: 2, kind: NotFound, … }` (an unwrap of a failed open).
    // Windows: ERROR_FILE_NOT_FOUND (2) "The system cannot find the file specified." and
    // ERROR_PATH_NOT_FOUND (3) "… path specified." as Go ("open C:\\x: …") and Rust ("… (os error
    // 2)") quote them; CPython's "[WinError 2]" is a FileNotFoundError, read above. The bare text is
    // not enough: .NET and Go say it of a program that could not be started too. MySQL's and
    // MariaDB's mysys errors append "(Errcode: %d - %s)" (EE_DIR "Can't read dir of '%s'",
    // EE_FILENOTFOUND "File '%s' not found", EE_STAT "Can't get stat of '%s'") and the server's
    // ER_CANT_OPEN_FILE "(errno: %d - %s)": errno 2 is a path missing, often an include
    // directory (!includedir) a config names, wrapped onto its own line by the log.
    // A path the program opens as a file is a directory: errno EISDIR, strerror "Is a directory"
    // (glibc and musl), in each runtime's words: libuv's "EISDIR: illegal operation on a
    // directory" (Node), CPython's IsADirectoryError "[Errno 21] Is a directory: 'path'", the
    // JDK's FileNotFoundException "path (Is a directory)" (open) and IOException "Is a
    // directory" (a read), Go's PathError "read path: is a directory", Ruby's Errno::EISDIR
    // (MRI "Is a directory @ io_fread - path", JRuby "Is a directory - path"), Rust's "Is a directory (os error 21)", nginx's
    // "(21: Is a directory)". In a container the usual cause is a mount: a bind mount or host
    // volume whose source file did not exist was created as a directory, or a volume is mounted
    // over the file's path. Before config.missing_file, whose Java form quotes the same line.
    // Node's dump of the error object repeats `code: 'EISDIR'` on a line of its own below the
    // message: only the message is read.
    sig!("config.path_is_directory", r#"(?P<ppath>\[Errno 21\] Is a directory(?:: '[^']+')?)|(?P<npath>\bEISDIR: illegal operation on a directory(?:, \w+(?: '[^']+')?)?|Errno::EISDIR\b[^\r\n]*|Is a directory @ \w+ - \S+|IOException: Is a directory)|(?P<gpath>/[^\s:'"()]+['"]?:? \(?(?i:is a directory)\)?)|(?P<rpath>Is a directory \(os error 21\))|(?P<xpath>\(21: Is a directory\))"#,
        "A path the program opens as a file is a directory ($ppath$npath$gpath$rpath$xpath)",
        "Something made a directory where the program expects a file: a bind mount or host volume (sourcePath) whose source file did not exist on the host is created as an empty directory, and a volume (EFS, a bind mount) mounted at the file's own path hides it. Mount the file's directory rather than the file, create the file on the host or the volume first, or put the file in the image (or fetch it at start from S3, SSM or Secrets Manager); check the path the program is given"),
    // A program written for Kubernetes that finds no cluster around it. client-go's in-cluster
    // loader (rest.ErrNotInCluster, "unable to load in-cluster configuration,
    // KUBERNETES_SERVICE_HOST and KUBERNETES_SERVICE_PORT must be defined"; the C# client has
    // the same words), clientcmd's ErrEmptyConfig ("invalid configuration: no configuration has
    // been provided, try setting KUBERNETES_MASTER environment variable") when no kubeconfig is
    // found either, the Python client's ConfigException ("Service host/port is not set.",
    // "Invalid kube-config file. No configuration found.") and the service-account token a pod is
    // given at /var/run/secrets/kubernetes.io/serviceaccount/. Before config.missing_file, which
    // would read the token as a file the image lacks.
    sig!("k8s.not_in_cluster", r"(?P<what>unable to load in-cluster configuration,\s+KUBERNETES_SERVICE_HOST and KUBERNETES_SERVICE_PORT must be defined|no configuration has been provided, try setting KUBERNETES_MASTER environment variable|ConfigException: Service host/port is not set\.|Invalid kube-config file\. No configuration found\.|/var/run/secrets/kubernetes\.io/serviceaccount/[\w.]+'?:? (?i:no such file or directory)|(?i:no such file or directory):? '/var/run/secrets/kubernetes\.io/serviceaccount/[\w.]+')",
        "The program expects to run inside Kubernetes and finds no cluster ($what)",
        "The image is made for Kubernetes: it finds the API server through KUBERNETES_SERVICE_HOST/PORT and a service-account token that only a pod is given. On ECS give it a kubeconfig for the cluster it should work on (a file from a volume or secret, KUBECONFIG or its --kubeconfig option pointing at it, and credentials for that cluster: for EKS the task role in the cluster's access entries), or run it as a pod in that cluster; if it does not need Kubernetes, turn that integration off in its configuration"),
    // Dovecot's (and its lib's) "open(%s) failed: %m" with ENOENT, as in "cert_file:
    // open(/etc/dovecot/ssl-cert.pem) failed: No such file or directory"; a program's own
    // "Configuration file not found: /path" (or "does not exist"), which names the condition
    // itself (an absolute path only, so a sentence about config files is not read).
    sig!("config.missing_file", r#"(?i:config(?:uration)? file (?:not found|does not exist))[:\s]+['"]?(?P<cfpath>/[^\s'"]+)|\bopen\((?P<dvpath>/[^)\s]+)\) failed: No such file or directory|NoSuchFileException: (?P<nio>/\S+)|No such file or directory @ rb_sysopen - (?P<rpath>\S+)|Could not find a part of the path ['"](?P<dnpath>[^'"]+)['"]|Os \{ code: 2, kind: NotFound\b|FileNotFoundError: [^\r\n]*?'(?P<path>[^']*[/.][^']*)'|could not (?:read|open|stat|read file|open file) (?:file )?"(?P<epath>[^"]+)": no such file or directory|\((?P<ppath>[^()\s]+)\): [Ff]ailed to open stream: No such file or directory|ENOENT: no such file or directory, (?:open|stat|scandir) '(?P<npath>[^']+)'|open (?P<gpath>/(?:[^d\s]|d[^e\s]|de[^v\s]|dev[^/\s])\S*): no such file or directory|java\.io\.FileNotFoundException: (?P<jpath>\S+)|The configuration file '(?P<dpath>[^']+)' was not found|Could not find file '(?P<cpath>[^']+)'|open\(\) \x22(?P<xpath>[^\x22]+)\x22 failed \(2: No such file or directory\)|No such file or directory \(os error 2\)|Config File \x22(?P<vpath>[^\x22]+)\x22 Not Found in|open (?P<wpath>[A-Za-z]:\\[^\r\n]*?): The system cannot find the (?:file|path) specified|The system cannot find the (?:file|path) specified\. \(os error [23]\)|(?:Can't (?:read dir of|open file:?|find file:?|get stat of) '(?P<mypath>[^']+)'[^\r\n]*?)?\((?:Errcode|errno): 2 - No such file or directory\)"#,
        "A file the application needs does not exist ($cfpath$dvpath$path$epath$ppath$npath$gpath$jpath$dpath$cpath$xpath$vpath$nio$rpath$dnpath$wpath$mypath)",
        "Add the file to the image, or mount it (a volume, an EFS access point); check the path and the container's working directory. A path under /run/secrets/ is a Docker Compose or Swarm secret, which ECS does not mount: give the secret in the container definition's secrets (valueFrom a Secrets Manager or SSM ARN) as an environment variable instead (images that read X_FILE also read X)"),
    // A Windows container whose image was built for another Windows version than the host's
    // (process isolation needs the same build): the Host Compute Service's
    // ERROR_VIRTUAL_MACHINE… 0xc0370101 "The operating system of the container does not match the
    // operating system of the host." (hcsshim's ErrVmcomputeOperationInvalidState family, as the
    // Docker daemon and containerd wrap it in "encountered an error during CreateContainer").
    // The same as HCS words it on newer hosts, "The container operating system does not match the
    // host operating system." (hcsshim's ErrVmcomputeOperationInvalidState texts), and the Docker
    // daemon's check before it starts one: "a Windows version %s-based image is incompatible with a
    // %s host" (daemon/daemon_windows.go).
    sig!("windows.os_mismatch", r"(?i:the operating system of the container does not match the operating system of the host)|\(0xc0370101\)|(?i:the container operating system does not match the host operating system)|a Windows version \S+-based image is incompatible with a \S+ host",
        "The Windows container image was built for another Windows version than the host's",
        "Use the image tag for the host's Windows Server version (ltsc2019 or ltsc2022, the same build as the ECS-optimized Windows AMI the instances run), and set the task definition's runtimePlatform.operatingSystemFamily to match (WINDOWS_SERVER_2019_CORE, WINDOWS_SERVER_2022_CORE, …); on Fargate the platform picks the host from that family"),
    // The database URL the container gets is empty or in a form its driver does not accept, in
    // each driver's words: Prisma's P1012 "the URL must start with the protocol `%s`"
    // (prisma-engines' datasource validation; an unset or empty DATABASE_URL fails so too);
    // SQLAlchemy's NoSuchModuleError "Can't load plugin: sqlalchemy.dialects:%s" (a scheme it
    // does not know: "postgres" since 1.4) and ArgumentError "Could not parse rfc1738 URL from
    // string '%s'"; dj-database-url's 'Scheme "%s" is unknown'; the MongoDB drivers'
    // MongoParseError 'Invalid scheme, expected connection string to start with "mongodb://" or
    // "mongodb+srv://"'; Go's database/sql 'sql: unknown driver "%s" (forgotten import?)'; JDBC's
    // "No suitable driver found for %s" (DriverManager). An empty string that a library reports
    // as missing is config.missing_env's, read below.
    // A URL of another database given to PostgreSQL's clients: libpq's conninfo_parse
    // ('missing "=" after "%s" in connection info string', fe-connect.c, for a string that is
    // neither postgres:// nor key=value) and pgx's ParseConfig ("cannot parse `%s`: failed to
    // parse as URL|DSN|keyword/value").
    sig!("db.url", r#"(?P<what>the URL must start with the protocol `[^`]+`(?: or `[^`]+`)?|Can't load plugin: sqlalchemy\.dialects:\S+|Could not parse rfc1738 URL from string '[^']*'|Scheme "[^"]+" is unknown|Invalid scheme, expected connection string to start with "mongodb://" or "mongodb\+srv://"|sql: unknown driver "[^"]+" \(forgotten import\?\)|No suitable driver found for \S*|missing \\?"=\\?" after \\?"[^"\\]*\\?" in connection info string|cannot parse `[^`]*`: failed to parse as (?:URL|DSN|keyword/value))"#,
        "The database URL is empty or in a form the driver does not accept ($what)",
        "Check the URL the container gets: the variable must be set in the task definition (environment, or secrets with valueFrom — a Secrets Manager secret's JSON key must be named, as arn:…:secret:name:KEY::), and use the scheme the driver expects (postgresql:// for SQLAlchemy 1.4+ and Prisma, mongodb:// or mongodb+srv://, jdbc:postgresql:// for JDBC with its driver on the classpath)"),
    // ---- headless browsers, image tools and displays -----------------------------------------
    // Chromium's sandbox cannot start in the container: as root it refuses without --no-sandbox
    // ("Running as root without --no-sandbox is not supported", content/browser/zygote_host/
    // zygote_host_impl_linux.cc), the namespace sandbox needs clone(CLONE_NEWUSER) that the
    // container's seccomp profile or missing capabilities refuse ("Failed to move to new
    // namespace: PID namespaces supported, Network namespace supported, but failed: errno = %s",
    // sandbox/linux/services/credentials.cc), and with neither the namespace nor the setuid
    // sandbox "No usable sandbox! Update your kernel or see …" (zygote_host_impl_linux.cc).
    sig!("browser.sandbox", r"(?P<what>Running as root without --no-sandbox is not supported|No usable sandbox!|Failed to move to new namespace: PID namespaces supported, Network namespace supported, but failed: errno = [^\r\n]+)",
        "Chromium's sandbox cannot start in the container ($what)",
        "Launch the browser with --no-sandbox (Puppeteer args, Playwright's chromiumSandbox: false, Selenium's ChromeOptions) in the container, which ECS runs without the user namespaces and SYS_ADMIN the sandbox needs (Fargate allows neither); or run it as a non-root user on EC2 with a seccomp profile that allows clone for user namespaces"),
    // The browser (or its driver) the automation library expects is not in the image: Playwright's
    // "Executable doesn't exist at %s" (server/registry/index.ts, then "Looks like Playwright …
    // Please run … npx playwright install") and "Host system is missing dependencies to run
    // browsers" (validateDependencies); Puppeteer's "Could not find Chrome (ver. %s)" (v20+,
    // node/ChromeLauncher.ts), "Could not find Chromium (rev. %s)" (v19) and "Could not find
    // expected browser (%s) locally" (older);
    // Selenium's "This version of ChromeDriver only supports Chrome version %d", "cannot find
    // Chrome binary" (chromedriver) and Selenium Manager's "Unable to obtain driver for %s".
    sig!("browser.missing", r"(?P<what>Executable doesn't exist at \S+|Host system is missing dependencies to run browsers|Could not find Chrom(?:e|ium) \((?:ver|rev)\. [^)]+\)|Could not find expected browser \(\w+\) locally|This version of ChromeDriver only supports Chrome version \d+|cannot find Chrome binary|Unable to obtain driver for \w+)",
        "The browser the automation library drives is missing from the image or does not match it ($what)",
        "Install the browser while building the image, for the library version the image holds (npx playwright install --with-deps chromium, Puppeteer's postinstall download kept in the image's cache directory, or the matching chromedriver); a browser downloaded on the build host or into a cache outside the image (PUPPETEER_CACHE_DIR, PLAYWRIGHT_BROWSERS_PATH) is not in the container"),
    // ImageMagick's security policy refuses a coder or resource: "attempt to perform an operation
    // not allowed by the security policy `%s'" (MagickCore/policy.c, from the coders' and
    // constitute.c's IsCoderAuthorized): Debian's and Ubuntu's packages ship a policy.xml that
    // disables PDF, PS, EPS and XPS (and URL/@* paths) since the Ghostscript advisories.
    sig!("imagemagick.policy", r"not allowed by the security policy [`'](?P<coder>[^'`]+)'",
        "ImageMagick's security policy refuses $coder",
        "Allow the coder in the image's ImageMagick policy.xml (/etc/ImageMagick-6/policy.xml or -7: change the <policy domain=\"coder\" rights=\"none\" pattern=\"PDF\" /> line to read|write, in the Dockerfile), keeping untrusted input in mind; or convert PDF with Ghostscript directly"),
    // A program that needs an X display runs in a container without one: Qt's "qt.qpa.xcb: could
    // not connect to display" and older "QXcbConnection: Could not connect to display"
    // (qxcbconnection.cpp), Xlib clients' "cannot open display" / "Can't open display",
    // Electron's "Missing X server or $DISPLAY", GTK's "cannot open display:" (gtkmain.c).
    sig!("display.missing", r"(?P<what>qt\.qpa\.xcb: could not connect to display[^\r\n]*|QXcbConnection: Could not connect to display[^\r\n]*|Missing X server or \$DISPLAY|[Cc]an(?:no|')t open display[^\r\n]*)",
        "The program needs an X display and the container has none ($what)",
        "Run it headless: a headless mode of the program (QT_QPA_PLATFORM=offscreen, Chromium's --headless, wkhtmltopdf's patched-Qt build), or start it under a virtual display in the entrypoint (xvfb-run -a <command>, with xvfb in the image)"),
    // ENOEXEC as each runtime words it: Go's and libuv's lower-case "exec format error", the C
    // library's strerror "Exec format error" that CPython's OSError ("[Errno 8] …"), the JDK's
    // ProcessImpl ("error=8, …"), Ruby's Errno::ENOEXEC and Rust's io::Error ("(os error 8)")
    // quote, and libuv's bare code in Node's "spawn X ENOEXEC". Before the runtimes' exception
    // readings, which would otherwise quote the same line as a generic exception.
    // Windows: ERROR_BAD_EXE_FORMAT (193) "%1 is not a valid Win32 application." and
    // ERROR_EXE_MACHINE_TYPE_MISMATCH (216) "This version of %1 is not compatible with the version of
    // Windows you're running." (a binary for another CPU or a Linux binary in a Windows image).
    sig!("exec.format", r"(?i:exec format error)|\bENOEXEC\b|is not a valid Win32 application|ERROR_BAD_EXE_FORMAT|is not compatible with the version of Windows you're running",
        "The binary is for another CPU architecture (exec format error)",
        "Build the image for the task's platform (docker buildx --platform linux/amd64 or linux/arm64), or set runtimePlatform.cpuArchitecture to match it"),
    // ---- the image's native libraries and the host's CPU ----------------------------------------
    // glibc's ld.so, elf/dl-version.c match_symbol: "version `%s' not found (required by %s)"
    // (GLIBC_2.34 from libc.so.6, GLIBCXX_3.4.29 / CXXABI_ from libstdc++.so.6).
    sig!("lib.version", r"version [`'‘](?P<ver>[A-Z][A-Z0-9]*_[\d.]+)['’] not found \(required by (?P<by>[^)]+)\)",
        "A binary needs $ver, newer than the image's C/C++ library (required by $by)",
        "The binary was built against a newer glibc/libstdc++ than the image has: build it in the base image it runs in (the same Debian/Ubuntu release), move the runtime image to a newer release, or link it statically"),
    // SIGILL and SIGSEGV as reported: strsignal() "Illegal instruction" / "Segmentation fault"
    // (glibc string/strsignal.c, bash's siglist.c), to which bash's job report adds "(core
    // dumped)" (jobs.c); a shell's exit status 128+4 = 132 and 128+11 = 139; the kernel's
    // "segfault at ADDR ip ..." (arch/x86/mm/fault.c show_signal_msg). gunicorn's arbiter names
    // a worker's signal ("was sent SIGSEGV!") or, with the core-dump bit set, the raw wait status
    // ("was sent code 132!": 0x80 | 4, SIGILL; 139: 0x80 | 11, SIGSEGV). The JVM's fatal error
    // report names the signal on its own line, "#  SIGSEGV (0xb) at pc=…" (HotSpot
    // vmError.cpp); npm's lifecycle error ending "signal SIGSEGV" (@npmcli/run-script; Go's
    // "[signal SIGSEGV: segmentation violation …]" under a panic is Go's, not this); zsh's job report
    // lower-cases strsignal's text ("segmentation fault  node x"). A CPU that lacks the image's
    // instruction set level says so before anything runs: glibc 2.33+'s "Fatal glibc error: CPU
    // does not support x86-64-v%d" (sysdeps/x86/dl-hwcap-check.h, RHEL 9 and its UBI images need
    // v2), TensorFlow's "The TensorFlow library was compiled to use %s instructions, but these
    // aren't available on your machine." (tensorflow/core/platform/cpu_feature_guard.cc), sharp's
    // "Unsupported CPU: Prebuilt binaries for %s require v2 microarchitecture" (lib/sharp.js,
    // below its generic "Could not load the sharp module", which it explains), Julia's "Unable
    // to find compatible target in system image." (src/processor.cpp: no CPU target of the
    // sysimage fits the host), ClickHouse's "Instruction check fail. The CPU does not support %s
    // instruction set." (its environment checks), the mongo image's entrypoint "WARNING: MongoDB
    // 5.0+ requires a CPU with AVX support", NumPy's "NumPy was built with baseline optimizations:
    // (%s) but your machine doesn't support: (%s)" (npy_cpu_features.c) and Bun's "CPU lacks AVX
    // support, strange crashes may occur".
    // GraalVM Native Image checks the CPU before main (substratevm's CPUFeatureAccess): "The
    // current machine does not support all of the following CPU features that are required by
    // the image: [..]. Please rebuild the executable with an appropriate setting of the -march
    // option." A binary built on a newer CI runner without -march=compatibility.
    sig!("native.illegal_instruction", r"(?i:illegal instruction)|(?i:exit(?:ed)?(?: with)? (?:code|status)) 132\b|was sent (?:code 132|SIGILL)\b|^#\s+SIGILL \(0x4\) at pc=|(?:^|\s)signal SIGILL\s*$|CPU does not support x86-64-v\d|was compiled to use \S+ instructions, but these aren't available on your machine|Unsupported CPU: Prebuilt binaries for \S+ require v\d microarchitecture|Unable to find compatible target in system image|Instruction check fail\. The CPU does not support|requires a CPU with AVX support|NumPy was built with baseline optimizations|CPU lacks AVX support|The current machine does not support all of the following CPU features that are required by the image",
        "The process used a CPU instruction the host does not have (Illegal instruction, SIGILL)",
        "The image was built for a newer CPU (AVX/AVX2, x86-64-v2/v3) or another architecture than the task's host: use a build for a generic target, or run on newer instances (Fargate or a current EC2 family)"),
    sig!("native.segfault", r"Segmentation fault|\d+ segmentation fault\s|^#\s+SIGSEGV \(0xb\) at pc=|(?:^|\s)signal SIGSEGV\s*$|\bsegfault at [0-9a-f]+ ip |(?i:exit(?:ed)?(?: with)? (?:code|status)) 139\b|was sent (?:code 139|SIGSEGV)\b",
        "A native process crashed (Segmentation fault, SIGSEGV)",
        "A native binary or extension crashed: check that its shared libraries match what it was built against (rebuild native modules in the runtime image, same libc), and run it with a core dump or a debug build to find the faulting frame"),
    // The image's runtime is older than the application or its dependencies declare, said by the
    // tool that checks: Bundler's "Your Ruby version is %s, but your Gemfile specified %s",
    // Composer's platform check "Your Composer dependencies require a PHP version \"%s\". You are
    // running %s." (vendor/composer/platform_check.php), pip's "Package %r requires a different
    // Python: %s not in %r", Yarn's "The engine \"node\" is incompatible with this module.
    // Expected version %s. Got %s", Mix's "You're trying to run :%s on Elixir v%s but it has
    // declared in its mix.exs file it supports only Elixir %s"; and CPython's own TypeErrors for
    // annotations newer than it (PEP 585's `list[int]` before 3.9: "'type' object is not
    // subscriptable"; PEP 604's `int | None` before 3.10: "unsupported operand type(s) for |").
    // Node.js older than what the code uses, by the version that brought it (Node's changelogs):
    // the globals fetch, ReadableStream, FormData, Headers and Blob (18), structuredClone (17),
    // AbortController (15); String#replaceAll (15), Object.hasOwn (16.9), Array#findLast (18),
    // toSorted/toReversed/toSpliced (20), crypto.randomUUID (14.17); the `??`, `??=`, `||=`, `&&=`
    // operators (14, 15), which older parsers stop at. Frameworks' own start checks: Next.js's
    // "You are using Node.js %s. For Next.js, Node.js version %s is required." (bin/next), Vite's
    // "You are using Node.js %s. Vite requires Node.js version %s." (bin/vite.js).
    sig!("runtime.too_old", r#"(?P<what>Your Ruby version is [\d.]+, but your Gemfile specified [\d.~>= ]+|Your Composer dependencies require a PHP version "[^"]+"\. You are running [\d.]+|requires a different Python: [\d.]+ not in '[^']+'|The engine "node" is incompatible with this module\. Expected version "[^"]+"\. Got "[^"]+"|You're trying to run :\w+ on Elixir v[\d.]+ but it has declared in its mix\.exs file it supports only Elixir [^\r\n]+|TypeError: 'type' object is not subscriptable|TypeError: unsupported operand type\(s\) for \|: 'type' and '(?:NoneType|type)'|ReferenceError: (?:fetch|structuredClone|AbortController|ReadableStream|FormData|Headers|Blob) is not defined|TypeError: [\w.$\[\]()]*\.(?:replaceAll|findLast|findLastIndex|toSorted|toReversed|toSpliced) is not a function|TypeError: Object\.hasOwn is not a function|TypeError: (?:crypto\.)?randomUUID is not a function|SyntaxError: Unexpected token '(?:\?\?=|\|\|=|&&=|\?)'|You are using Node\.js v?[\d.]+\.\s+(?:For [\w.]+, Node\.js version [^\r\n]+? is required|[\w.]+ requires Node\.js version [^\r\n]+))"#,
        "The image's runtime is older than the application requires ($what)",
        "Build on a base image with the runtime version the application declares (the Dockerfile's FROM: python:3.12-slim, node:20, ruby:3.3, php:8.3, elixir:1.16), or pin the dependency to a release that supports the image's version"),
    // ---- language runtimes --------------------------------------------------------------------
    // HotSpot's classFileParser.cpp: "%s has been compiled by a more recent version of the Java
    // Runtime (class file version %u.%u), this version of the Java Runtime only recognizes class
    // file versions up to %u.%u"; JDK <= 8: "%s : Unsupported major.minor version %u.%u".
    sig!("java.class_version", r"UnsupportedClassVersionError: (?P<class>\S+) has been compiled by a more recent version of the Java Runtime \(class file version (?P<ver>[\d.]+)\)|UnsupportedClassVersionError: (?P<oclass>\S+) : Unsupported major\.minor version (?P<over>[\d.]+)",
        "The image's Java is older than the one the code was compiled for ($class$oclass, class file version $ver$over)",
        "Run on the Java the build used (class file 52 = Java 8, 55 = 11, 61 = 17, 65 = 21): change the image's JDK/JRE base, or compile with --release for the image's Java"),
    // The java launcher could not start the named entry point: sun/launcher/LauncherHelper.java
    // with resources/launcher.properties (java.launcher.cls.error1 "Error: Could not find or load
    // main class {0}", java.launcher.jar.error3 "no main manifest attribute, in {0}") and libjli's
    // emessages.h (JAR_ERROR2 "Error: Unable to access jarfile %s", JAR_ERROR3 "Error: Invalid or
    // corrupt jarfile %s").
    sig!("java.launch", r"Error: Could not find or load main class (?P<class>\S+)|no main manifest attribute, in (?P<jar>\S+)|Error: Unable to access jarfile (?P<ajar>\S+)|Error: Invalid or corrupt jarfile (?P<cjar>\S+)",
        "Java could not launch the application ($class$jar$ajar$cjar)",
        "The command names a jar or main class the image does not have as given: check the jar's path from the WORKDIR (the build output COPY'd, a wildcard that picked the -plain/-sources jar), that the jar is the executable (fat/boot) one with Main-Class in its manifest, and the main class's full name"),
    // The JVM linked a class against another version of a library than the one it loaded: the
    // LinkageErrors of JVMS §5.4.3 that name a member or a class change — NoSuchMethodError,
    // NoSuchFieldError, AbstractMethodError, IncompatibleClassChangeError (java.base/java/lang).
    // Two versions of one library on the classpath, or a jar built against a newer one.
    sig!("java.linkage", r"^(?:Exception in thread \x22[^\x22]+\x22 |Caused by: )?java\.lang\.(?P<err>NoSuchMethodError|NoSuchFieldError|AbstractMethodError|IncompatibleClassChangeError)(?:: (?P<what>[^\r\n]+))?",
        "The JVM found a library of another version than the code was built against ($err: $what)",
        "Align the library versions in the image (mvn dependency:tree or gradle dependencies shows which versions of that library the jar holds; keep one, matching what the application was compiled against): two versions of one library on the classpath, or a dependency built against a newer one, is the usual cause"),
    // A class missing at run time, where the exception's message is only the class's name (the
    // launcher's `Caused by:`, a dependency left out of the image): ClassNotFoundException and
    // NoClassDefFoundError (java.base jdk/internal/loader/BuiltinClassLoader.java). Not
    // "NoClassDefFoundError: Could not initialize class X", a static initializer's failure.
    sig!("java.class_not_found", r"^(?:Exception in thread \x22[^\x22]+\x22 |Caused by: )?java\.lang\.(?:ClassNotFoundException|NoClassDefFoundError): (?P<class>[\w.$/-]+)\s*$",
        "Java could not find class $class on the classpath",
        "The class is not in the image where the JVM looks: check the jar or -cp in the command and the main class's name, and that the build packaged the dependency that holds it (a fat/boot jar, or the lib directory copied into the image)"),
    // The JVM refused its options or could not reserve its heap before any code ran (HotSpot
    // src/hotspot/share/runtime/arguments.cpp "Unrecognized VM option '%s'", "Improperly
    // specified VM option '%s'", "Invalid maximum heap size: %s", "Invalid initial heap size:
    // %s", "Initial heap size set to a larger value than the maximum heap size"; the heap
    // reservation "Could not reserve enough space for %uKB object heap" (older "... for object
    // heap"), src/hotspot/share/memory/universe.cpp).
    sig!("java.vm_init", r"(?P<msg>Unrecognized VM option '[^']+'|Improperly specified VM option '[^']+'|Invalid (?:maximum|initial) heap size: \S+|Initial heap size set to a larger value than the maximum heap size|Could not reserve enough space for (?:\d+KB )?object heap)",
        "The Java VM did not start: $msg",
        "Fix the JVM options in the command, JAVA_OPTS or JAVA_TOOL_OPTIONS: drop options this Java version no longer has (e.g. -XX:MaxPermSize after Java 8), and keep -Xmx (or -XX:MaxRAMPercentage) below the container's memory"),
    // Erlang's distribution will not use a cookie file others can read: auth.erl check_attributes
    // ("Cookie file ~s must be accessible by owner only" when the mode has any group or other bit;
    // "Cookie file ~s is of type ~s" when it is not a regular file, e.g. a directory a volume
    // created). RabbitMQ, CouchDB and Elixir releases meet it where the cookie lives on a volume:
    // a bind mount, an EFS or Kubernetes volume whose fsGroup adds group bits. (Its "Failed to
    // create cookie file '~s': eacces", a home directory not writable, stays a permission.)
    sig!("erlang.cookie", r#"Cookie file (?P<path>\S+?)"? (?P<what>must be accessible by owner only|is of type \w+)"#,
        "Erlang will not use its cookie file $path: it $what",
        "The .erlang.cookie must be a regular file its owner alone can read (chmod 400 or 600, owned by the server's user, e.g. rabbitmq): a volume that keeps the host's mode or a Kubernetes fsGroup adds group bits; keep the cookie off the shared volume or give it in the environment (RABBITMQ_ERLANG_COOKIE, deprecated since RabbitMQ 3.9: a file written with mode 0600 at start)"),
    // Erlang's init.erl: a kernel process exiting halts the VM with erlang:display({\"Kernel pid
    // terminated\",Name,Reason}) and "Kernel pid terminated (Name) (Reason)"; an application that
    // did not start is `{application_start_failure,App,Reason}` (application_controller.erl).
    // It closes the boot: the application's own failure was logged above it (its crash report,
    // "Application X exited with reason"), so a cause read there is quoted instead.
    sig!("erlang.boot", r"Kernel pid terminated[^\r\n]*?application_start_failure,(?P<app>\w+)|Kernel pid terminated",
        "The Erlang VM stopped during boot: an application failed to start ($app)",
        "Read the reason inside the `application_start_failure` tuple (and the crash report above it): usually a dependency it could not reach, a missing configuration value, or a file or cookie it may not read",
        wrapper = Wrapper::CauseAbove),
    // Perl's pp_ctl.c (require): "Can't locate %s in @INC (you may need to install the %s
    // module) (@INC contains: ...)" (5.38+: "@INC entries checked").
    sig!("perl.module", r"Can't locate (?P<file>\S+) in @INC(?: \(you may need to install the (?P<module>[\w:]+) module\))?",
        "Perl cannot find $file in @INC",
        "Install the module in the image (cpanm, or the distribution's lib*-perl package) or add its directory to PERL5LIB / use lib; for a git checkout, fetch its submodules"),
    // A settings class that reads the environment failed validation at start: pydantic's
    // "%d validation error(s) for %s" (pydantic_core's ValidationError, pydantic v1's the same
    // wording), the field below it and why: "Field required [type=missing" (v1: "field required
    // (type=value_error.missing)") is a variable not set; "Input should be …" a value of the
    // wrong form; "Extra inputs are not permitted" a variable the class does not declare.
    // pydantic-settings reads each field from the variable of the same name. Only a class named
    // as settings or configuration: a request model's validation error does not stop a server.
    sig!("pydantic.settings", r"(?P<n>\d+) validation errors? for (?P<model>\w*(?:Settings|Config|Configuration|Env)\b)",
        "The application's settings ($model) failed validation: $n of its variables missing or malformed",
        "Set or correct the variables named on the lines below this one in the container definition's environment or secrets (pydantic-settings reads each field from the variable of the same name): \"Field required\" is a variable not set, \"Input should be …\" a value of the wrong form, \"Extra inputs are not permitted\" a variable the settings do not declare"),
    // uvicorn's importer.py import_from_string: 'Could not import module "{module_str}".' when the
    // app module itself is not found, logged as "Error loading ASGI app. %s" (config.py).
    sig!("uvicorn.import", r#"Error loading ASGI app\. Could not import module "(?P<module>[^"]+)""#,
        "Uvicorn could not import the ASGI app's module $module",
        "The module path in the command (uvicorn module:app) does not exist from the working directory: set WORKDIR / --app-dir to the directory that holds it, or use the package path (app.main:app)"),
    // The server imported the module but found no application in it: gunicorn "Failed to find
    // attribute %r in %r." and "Failed to find application object: %r" (gunicorn/util.py
    // import_app), uvicorn 'Attribute "%s" not found in module "%s".' (uvicorn/importer.py).
    sig!("python.app_object", r#"Failed to find attribute '(?P<attr>[^']+)' in '(?P<module>[^']+)'|Failed to find application object:? '(?P<gattr>[^']+)'|Attribute "(?P<uattr>[^"]+)" not found in module "(?P<umodule>[^"]+)""#,
        "The WSGI/ASGI server found no application object $attr$gattr$uattr in module $module$umodule",
        "The command's module:variable does not name the application: use the variable the module assigns the app to (app = Flask(...) / FastAPI()), or the factory with parentheses (module:create_app()), and check the module is the one meant"),
    // Rails' railties: "Missing `secret_key_base` for '#{Rails.env}' environment, set this string
    // with `bin/rails credentials:edit`" (lib/rails/application.rb validate_secret_key_base,
    // lib/rails/application/configuration.rb in 7.1+; 4.x: "Missing `secret_token` and
    // `secret_key_base`"; 8.x quotes with ').
    sig!("rails.secret_key_base", r"Missing (?:`secret_token` and )?[`']secret_key_base[`'] for '(?P<env>[^'#]+)' environment",
        "Rails has no secret_key_base for the $env environment",
        "Set SECRET_KEY_BASE in the container definition (as a secret from Secrets Manager or SSM), or provide RAILS_MASTER_KEY so Rails can read its encrypted credentials"),
    // railties lib/rails/commands/server/server_command.rb: "A server is already running (pid:
    // %s, file: %s)." (Rails 6.1+), "A server is already running. Check %s." (Rails 4-6.0).
    sig!("rails.server_pid", r"A server is already running(?:\. Check (?P<file>\S+?)\.?\s*$| \(pid: \d+, file: (?P<pfile>[^)]+)\))",
        "Rails found a server PID file and would not start ($file$pfile)",
        "The image (or a shared volume) carries tmp/pids/server.pid: delete it before starting (rm -f tmp/pids/server.pid in the entrypoint) and keep tmp/ out of the image with .dockerignore"),
    // The program rejected its command line (the task definition's command or entryPoint, or an
    // environment-expanded argument): Go's flag package "flag provided but not defined: -%s"
    // (flag/flag.go), spf13/pflag (cobra) "unknown flag: --%s" and "unknown shorthand flag: %q in
    // -%s" (pflag/flag.go), Python argparse "%(prog)s: error: unrecognized arguments: %s" and "the
    // following arguments are required: %s" (Lib/argparse.py), clap 3+ "error: unexpected argument
    // '%s' found" and clap 2 "error: Found argument '%s' which wasn't expected" (clap_builder
    // error/format.rs), Click's NoSuchOption "No such option: %s" (click/exceptions.py), Commander's
    // "error: unknown option '%s'" (lib/command.js unknownOption), picocli's "Unknown option: '%s'"
    // (UnmatchedArgumentException). A required one not given, in the same libraries' words: cobra's
    // "required flag(s) \"%s\" not set" (command.go validateRequiredFlags), clap's "the following
    // required arguments were not provided:", Commander's "error: required option '%s' not
    // specified" and "error: missing required argument '%s'", yargs' "Missing required
    // argument(s): %s" (locales/en.json), Click's "Missing option '%s'." and "Missing argument
    // '%s'." (MissingParameter), picocli's "Missing required option(s): %s", urfave/cli's
    // "Required flag(s) \"%s\" not set": an option the task's command (or an environment variable
    // the program does not read) was meant to give. And the same refusals in the remaining
    // libraries' words: kingpin's (every Prometheus exporter) "%s: error: unknown short flag '%s',
    // try --help", "unknown long flag", "required flag %s not provided", "expected command but
    // got %q" and "unexpected %s" (app.go, parsers.go); cobra's "unknown command %q for %q"
    // (command.go); argparse's "invalid choice: %r (choose from …)" (Airflow's parser prints argparse's
    // message as "airflow command error: %s, see help above.", cli_parser.py); the MinIO client's "`%s` is
    // not a recognized command" (cmd/main.go). Click's own usage errors (core.py, exceptions.py):
    // "No such command %r." and "Got unexpected extra argument(s) (%s)" (Typer and Flask's CLI
    // print them the same way). Not its "Invalid value for %s": that is a value the option
    // validates (a path that does not exist), not the command line's shape.
    // getopt's own refusals, as glibc (posix/getopt.c) and busybox print them: "%s: invalid
    // option -- '%c'" and "%s: unrecognized option '%s'". Boost.Program_options' unknown_option,
    // in British spelling ("unrecognised option '%canonical_option%'", errors.hpp), which C++
    // servers such as mongod print after "Error parsing command line: ".
    sig!("cli.bad_args", r"(?:^|\s)[\w./-]+: (?P<gopt>invalid option -- '[^']'|unrecognized option '[^']+')|^Error: (?P<kc>No such command (?:'[^']+'|\x22[^\x22]+\x22)|Got unexpected extra arguments? \([^)\r\n]+\))|^[\w.-]+: error: (?P<kp>unknown (?:short|long) flag '[^']+'|required flags? \S+ not provided|expected command but got [^\r\n,]+|unexpected [^\r\n,]+), try --help|^Error: unknown command (?P<cc>\x22[^\x22]+\x22) for \x22|(?:^|: |\bcommand )error: (?:argument [^:\r\n]+: )?invalid\s+choice:\s+(?P<ic>'[^'\r\n]*')|(?P<mc>`[^`]+` is not a recognized command)|^(?:Error|error): required flag\(s\) (?P<rq>\x22[^\r\n]+?) not set|^error: (?:the|The) following required arguments were not provided:(?P<cl>[^\r\n]*)|^error: (?:required option '(?P<mq>[^']+)' not specified|missing required argument '(?P<ma>[^']+)')|^Missing required arguments?: (?P<ya>[^\r\n]+)|^Error: Missing (?:option|argument) (?P<ck>'[^']+'|\x22[^\x22]+\x22)|^Missing required (?:options?|parameters?): (?P<pc>[^\r\n]+)|Required flags? \x22(?P<uf>[^\x22]+)\x22 not set|^Error: No such option: (?P<kflag>\S+)|^error: unknown option '(?P<nflag>[^']+)'|^Unknown options?: '(?P<jflag>[^']+)'|^\s*flag provided but not defined: (?P<flag>\S+)|^Error: unknown (?:shorthand )?flag: (?P<cflag>[^\r\n]+)|^[\w.-]+: error: (?P<py>unrecognized arguments: [^\r\n]+|the following arguments are required: [^\r\n]+)|^error: (?:unexpected argument '(?P<rflag>[^']+)' found|Found argument '(?P<oflag>[^']+)' which wasn't expected)|(?:^|Error parsing command line: )unrecognised option '(?P<bpo>[^']+)'",
        "The program rejected its command-line arguments ($gopt$kc$flag$cflag$py$rflag$oflag$kflag$nflag$jflag$rq$cl$mq$ma$ya$ck$pc$uf$kp$cc$ic$mc$bpo)",
        "Fix the command (or entryPoint) in the container definition to the arguments this version of the program accepts: an image upgrade that renamed a flag, or a flag meant for another binary, is the usual cause; a required option that is missing goes in the command (an environment variable of the same name is not read unless the program says so)"),
    // An image built by Cloud Native Buildpacks (pack, Paketo, Heroku's builder) starts through
    // the lifecycle's launcher, which runs the process type named by the command or the image's
    // default process: with neither it stops with "when there is no default process a command is
    // required", and with a type the image lacks "process type %s was not found"
    // (buildpacks/lifecycle launch/launcher.go, printed as "failed to launch: determine start
    // command: …" by cmd/launcher).
    sig!("buildpack.no_process", r"failed to launch: determine start command: (?P<msg>when there is no default process a command is required|process type \S+ was not found)",
        "The buildpack image's launcher found nothing to run: $msg",
        "Give the container definition a command naming a process type the image defines (web, worker) or the program to run, or rebuild the image with a default process (a Procfile with a web process, or pack build --default-process web)"),
    // s6-overlay v3's /init must be the container's first process: s6-overlay-suexec
    // strerr_dief1x(100, "can only run as pid 1") (just-containers/s6-overlay-helpers
    // src/s6-overlay-suexec/s6-overlay-suexec.c). On ECS an init in front of it is
    // linuxParameters.initProcessEnabled (docker-init as pid 1).
    sig!("s6.not_pid1", r"s6-overlay-suexec: fatal: can only run as pid 1",
        "The image's s6-overlay init did not run as the container's first process (pid 1)",
        "Turn off initProcessEnabled in the container definition's linuxParameters (ECS then puts its own init in front of /init), and keep the image's entrypoint /init: a command or entryPoint override that starts it through a shell or another init also moves it off pid 1"),
    // A program the container runs is there but not executable (EACCES from execve: no x bit, a
    // noexec mount, or a directory): runc >= 1.1's "exec %s: permission denied" (an os.PathError
    // {Op: "exec"}, libcontainer/standard_init_linux.go) and older runc's "exec user process
    // caused: permission denied", runc's LookPath `exec: "%s": permission denied`, libuv's "spawn
    // %s EACCES", the JDK's `Cannot run program "%s": error=13, Permission denied`, Go's
    // "fork/exec %s: permission denied", .NET's "An error occurred trying to start process '%s'
    // … Permission denied", and a shell running a script by its path (dash's "%s: %d: %s:
    // Permission denied", bash's and ash's without the line) where the path is a script's (./x or
    // x.sh): the same words after a redirection name a file to write, fs.permission's. s6-supervise
    // says "fatal: unable to exec run: Permission denied" for a service's run script.
    sig!("exec.permission", r#"(?P<what>^exec (?P<path>/\S+): permission denied|exec user process caused:? "?permission denied|exec: "(?P<cmd>[^"]+)": permission denied|\bspawn (?P<ncmd>\S+) EACCES\b|Cannot run program "(?P<jcmd>[^"]+)"(?: \(in directory "[^"]*"\))?: error=13, Permission denied|fork/exec (?P<gcmd>\S+): permission denied|An error occurred trying to start process '(?P<dcmd>[^']+)' with working directory '[^']*'\. Permission denied|^(?:/(?:usr/)?bin/)?(?:ba|da|a)?sh: (?:\d+: |line \d+: )?(?P<script>\./\S+|\S+\.sh): Permission denied\s*$|s6-supervise \([^)]*\): fatal: unable to exec (?P<s6>\S+): Permission denied)"#,
        "A program the container runs is not executable ($path$cmd$ncmd$jcmd$gcmd$dcmd$script$s6)",
        "Make it executable in the image (RUN chmod +x on it, or COPY --chmod=755; a file committed from Windows or copied from a volume can lose its mode), keep it off a noexec mount (a tmpfs or volume mounted there), and let the container's user read it; or run a script through its interpreter (sh /app/start.sh)"),
    sig!("exec.user_process", r"exec user process caused:? ?\x22?(?P<msg>[^\x22\r\n]+)",
        "The entrypoint could not be executed ($msg)",
        "Check the entrypoint exists in the image, is executable, has Unix line endings and a valid #! line; \"no such file or directory\" for a binary that is there means its loader is missing: a binary linked against glibc in an Alpine (musl) image (build it static, CGO_ENABLED=0 for Go, or use a glibc base image)"),
    // The command or its #! interpreter is missing: runc >= 1.1 writes `exec /entrypoint.sh: no
    // such file or directory` (libcontainer/standard_init_linux.go, an os.PathError{Op: "exec"}),
    // Go's exec.LookPath `exec: "x": executable file not found in $PATH`, bash's `bad
    // interpreter` and `command not found`, dash's `sh: 1: x: not found` (and its exec builtin's
    // `sh: 1: exec: x: not found`, src/exec.c shellexec's exerror "%s: not found" under the
    // builtin's name), busybox ash's `x: not found`, tini's `[FATAL tini (N)] exec x failed: No
    // such file or directory` (tini.c spawn, PRINT_FATAL("exec %s failed: %s")), supervisord's
    // "spawnerr: can't find command %r" for a program its configuration names (supervisor/
    // process.py Subprocess.spawn, logged at INFO before "gave up: … entered FATAL state"). ENOENT from execve also names a missing interpreter, so a CRLF #! line lands here
    // when no CR is visible: the fix says so.
    // Go's os/exec on Windows says "executable file not found in %PATH%" (os/exec/lp_windows.go).
    // runc before 1.1 wrapped the same LookPath error in its start error, `starting container
    // process caused "exec: \"x\": executable file not found in $PATH"`, with the quotes
    // escaped, and for a path, LookPath's `exec: "/init": stat /init: no such file or directory`.
    // systemd in a container (a system container's unit) says "Failed at step EXEC spawning %s:
    // %m" (src/core/execute.c) for a unit's program that is not installed.
    sig!("exec.not_found", r#"Failed at step EXEC spawning (?P<sdpath>/\S+): No such file or directory|^exec (?P<path>/\S+): no such file or directory|exec: \\?"(?P<cmd>[^"\\]+)\\?": executable file not found in (?:\$PATH|%PATH%)|exec: \\?"(?P<stcmd>[^"\\]+)\\?": stat \S+: no such file or directory|: (?P<interp>/\S+): bad interpreter: No such file or directory|^(?:/bin/)?(?:ba|da)?sh: \d+: (?:exec: )?(?P<dcmd>[^\s:]+): not found$|\[FATAL tini \(\d+\)\] exec (?P<tcmd>\S+) failed: No such file or directory|: exec: line \d+: (?P<ecmd>[^\s:]+): not found$|^/bin/sh: (?P<acmd>[^\s:]+): not found$|spawnerr: can't find command '(?P<scmd>[^']+)'"#,
        "The container's command or its #! interpreter does not exist ($sdpath$path$cmd$interp$dcmd$ecmd$acmd$tcmd$scmd$stcmd)",
        "Check the command's path in the image (COPY, WORKDIR), that its #! interpreter is installed (bash is not in alpine or distroless images), and that the script has Unix (LF) line endings: a CR after #!/bin/sh names an interpreter that does not exist, and a glibc binary in an Alpine (musl) image names a loader that does not exist. A bare name is looked up in $PATH only, never in the working directory (give ./entrypoint.sh or its full path), and Go's lookup calls a file that is there but not executable \"not found\" too (chmod +x it in the image)"),
    // A command a script runs is not in the image: bash's "%s: command not found"
    // (execute_cmd.c; "script: line N: x: command not found") and its exec builtin's "script:
    // line N: exec: x: not found" (builtins/exec.def, sh_notfound in builtins/common.c); busybox
    // ash's "script: line N: x: not found" (shell/ash.c); coreutils env's "env: 'x': No such file
    // or directory" for a `#!/usr/bin/env x` line (src/env.c), busybox env's "env: can't execute
    // 'x': No such file or directory" (coreutils/env.c). The forms that show a carriage
    // return are read by exec.crlf above, dash's by exec.not_found.
    // The same for a program the application starts as a child process, as each runtime words
    // ENOENT from execve: libuv's "spawn X ENOENT" (Node's child_process), the JDK's "Cannot run
    // program \"X\"[ (in directory \"D\")]: error=2, No such file or directory"
    // (ProcessBuilder.start), .NET's "An error occurred trying to start process 'X' with working
    // directory 'D'. No such file or directory" (System.Diagnostics.Process,
    // SR.ErrorStartingProcess), Ruby's Process.spawn "No such file or directory - X" (no "@ func"
    // as its file calls have), Go's os/exec "fork/exec X: no such file or directory". CPython's
    // subprocess raises FileNotFoundError with the executable as given (`'ffmpeg'`), as open()
    // does with a file's path: a bare name (no directory, no extension) is a program, a name with
    // a slash or a dot stays config.missing_file's. Before Python 3.8 subprocess also appended the
    // name to the message ("…: 'ffmpeg': 'ffmpeg'").
    // Windows: PowerShell's CommandNotFoundException "The term '%s' is not recognized as the name of
    // a cmdlet, function, script file, or operable program." (older: "as a name of a cmdlet"),
    // cmd.exe's "'%s' is not recognized as an internal or external command, operable program or batch
    // file.", .NET's process start with ERROR_FILE_NOT_FOUND. A script dash runs names itself
    // where `sh -c` says "sh" (src/error.c: $0, then LINENO: "/usr/local/bin/entrypoint: 21: exec:
    // gosu: not found"), as bash's "line N" does.
    sig!("shell.command_not_found", r#"(?:^|: )(?P<cmd>[^\s:$'][^\s:]*): command not found\s*$|: line \d+: (?:exec: )?(?P<lcmd>[^\s:]+): not found\s*$|^(?:/\S+|[\w.-]+\.sh): \d+: (?:exec: )?(?P<slcmd>[^\s:]+): not found\s*$|env: ['‘"]?(?P<ecmd>[\w./+-]+)['’"]?: No such file or directory|env: can't execute '(?P<bcmd>[^']+)': No such file or directory|\bspawn (?P<ncmd>\S+) ENOENT\b|Cannot run program "(?P<jcmd>[^"]+)"(?: \(in directory "[^"]*"\))?: error=2, No such file or directory|An error occurred trying to start process '(?P<dcmd>[^']+)' with working directory '[^']*'\. (?:No such file or directory|The system cannot find the file specified)|The term '(?P<pscmd>[^']+)' is not recognized as (?:the )?(?:name of a cmdlet|a name of a cmdlet)|^'(?P<cmdcmd>[^']+)' is not recognized as an internal or external command|No such file or directory - (?P<rcmd>[^\s@`'"]+)(?: \(Errno::ENOENT\))?[`'"]?\s*$|fork/exec (?P<gcmd>\S+): no such file or directory|FileNotFoundError: \[Errno 2\] No such file or directory: '(?P<pycmd>[A-Za-z][\w+-]*)'(?:: '[A-Za-z][\w+-]*')?\s*$"#,
        "A command the container runs was not found in the image ($cmd$lcmd$ecmd$bcmd$ncmd$jcmd$dcmd$rcmd$gcmd$pscmd$cmdcmd$pycmd$slcmd)",
        "Install it in the image (pip/npm/apt), or call it by the path it has there: a virtualenv's or node_modules/.bin's commands are not on PATH unless the image puts them there, and python is often only python3. A script that is there but still \"not found\" has a #! interpreter the image lacks, or CRLF line endings"),
    // "Permission denied" about a database object, not a file: PostgreSQL's aclcheck_error
    // "permission denied for %s %s" (table, schema, sequence, database, function, ...; before
    // 15 "permission denied for relation %s") and "must be owner of %s %s"
    // (src/backend/catalog/aclchk.c), "permission denied to create database" / "... to create
    // role" (commands/dbcommands.c, commands/user.c); MySQL's ER_TABLEACCESS_DENIED_ERROR "%s
    // command denied to user '%s'@'%s' for table '%s'" and ER_DBACCESS_DENIED_ERROR "Access
    // denied for user '%s'@'%s' to database '%s'" (share/messages_to_clients.txt); SQL Server's
    // 229 "The %ls permission was denied on the object '%.*ls'" and 262 "%ls permission denied in
    // database '%.*ls'".
    // MongoDB's Unauthorized (code 13) "not authorized on %s to execute command %s"
    // (src/mongo/db/auth), Redis 6+'s ACL "NOPERM this user has no permissions to run the '%s'
    // command" and "NOPERM No permissions to access a key" (src/server.c, acl.c).
    sig!("db.permission", r"(?P<mg>not authorized on \S+ to execute command)|(?P<rd>NOPERM (?:this user has no permissions to run the '[^']+' command|No permissions to access a (?:key|channel)))|(?P<pg>(?i:permission denied (?:for|to) (?:\w+ ){0,2}\S+|must be owner of (?:\w+ ){1,2}\S+))|(?P<my>\w+ command denied to user '[^']*'@'[^']*' for table '[^']+'|Access denied for user '[^']*'@'[^']*' to database '[^']+')|(?P<ms>The \w+ permission was denied on the object '[^']+'|\w+(?: \w+)? permission denied in database '[^']+')",
        "The database refused the application's user a privilege: $pg$my$ms$mg$rd",
        "Grant the role the application connects as the privilege on that object (GRANT ... ON ... TO role), or connect as the object's owner; migrations need the owner or CREATE on the schema, and since PostgreSQL 15 ordinary users may no longer create in the public schema (GRANT CREATE ON SCHEMA public TO role, or make the role its owner)"),
    // OpenSSH refused every key the client offered: "Permission denied (%s)." with the methods it
    // tried (sshconnect2.c, "publickey", "publickey,password"), followed by git's "fatal: Could
    // not read from remote repository." when a git clone or fetch ran it.
    sig!("ssh.auth", r"Permission denied \((?P<methods>[\w,-]+)\)\.",
        "SSH refused the container's credentials ($methods): a git clone or ssh/rsync the container runs could not log in",
        "Give the container the key the server accepts (a deploy key stored in Secrets Manager, passed as a secret and written to a 0600 file by the entrypoint, with the host in known_hosts), or clone over HTTPS with a token; better, copy the code into the image at build time instead of cloning when the task starts"),
    // The start-up creates what is already there (EEXIST, "File exists"): an entrypoint written
    // for a fresh filesystem, run again where its last run's files remain (a volume, or the
    // container's own layer when ECS restarts a container in place under its restartPolicy), or
    // on an image that already ships the path. In each tool's words: coreutils' ln "failed to
    // create symbolic link %s" / "failed to create hard link %s" (before 8.x "creating symbolic
    // link %s") and mkdir "cannot create directory %s", with strerror(EEXIST); busybox's mkdir
    // "can't create directory '%s'" and cp "can't create '%s'"; CPython's FileExistsError
    // "[Errno 17] File exists: '%s'" (os.mkdir, os.symlink, os.makedirs without exist_ok); libuv's
    // "EEXIST: file already exists, mkdir '%s'" (Node's fs); Go's *PathError "mkdir %s: file
    // exists" and *LinkError "symlink %s %s: file exists"; the JDK's FileAlreadyExistsException;
    // Rust's "File exists (os error 17)".
    sig!("fs.already_exists", r#"(?:failed to create (?:symbolic|hard) link|creating symbolic link|cannot create directory|can't create directory|can't create) (?P<path>['‘`"]?[^\s'’"]+['’"]?)(?: -> \S+)?: File exists|FileExistsError: \[Errno 17\] File exists: '(?P<ppath>[^']+)'|EEXIST: file already exists, (?:mkdir|symlink|link|copyfile|rename) '(?P<npath>[^']+)'|\b(?:mkdir|symlink) (?P<gpath>/\S+)(?: /\S+)?: file exists|FileAlreadyExistsException: (?P<jpath>\S+)|File exists \(os error 17\)"#,
        "The container's start-up creates something that already exists ($path$ppath$npath$gpath$jpath)",
        "Make the start-up safe to run again: ln -sfn instead of ln -s, mkdir -p, os.makedirs(path, exist_ok=True), fs.mkdirSync(path, {recursive: true}), os.MkdirAll; the path survives from an earlier run on a volume (EFS, a bind mount), or in the container's own layer when ECS restarts it in place (the container definition's restartPolicy), or the image already ships it"),
    // SQLite's SQLITE_CANTOPEN, "unable to open database file" (sqlite3.c sqlite3ErrStr), as
    // Python's sqlite3, SQLAlchemy and Node's drivers pass it on: the file's directory does not
    // exist or the process may not write there (SQLite creates a journal beside the file).
    sig!("sqlite.cantopen", r"(?i:unable to open database file)|SQLITE_CANTOPEN",
        "SQLite could not open its database file: its directory is missing or not writable by the container's user",
        "Point the database path at a directory that exists in the image or a mounted volume (EFS, a bind mount), writable by the user the container runs as (the whole directory, not only the file: SQLite writes a journal beside it); on Fargate without a volume the file is lost when the task stops"),
    // SQLite's other refusals of the file, in sqlite3ErrStr's words (src/main.c), which every
    // driver passes on (Python's sqlite3, better-sqlite3's and node-sqlite3's SQLITE_* codes,
    // Microsoft.Data.Sqlite's "SQLite Error 8: '…'", PHP's "General error: 8 …"): SQLITE_READONLY
    // "attempt to write a readonly database", the file or its directory not writable by the
    // container's user (SQLite also writes a journal or WAL beside it) or a read-only mount.
    sig!("sqlite.readonly", r"attempt to write a readonly database|\bSQLITE_READONLY\b",
        "SQLite may read its database file but not write it",
        "Make the database file and its directory writable by the user the container runs as (the directory too: SQLite writes a -journal or -wal file beside the database), on a volume not mounted read-only (mountPoints readOnly, readonlyRootFilesystem); a file copied into the image belongs to root unless the Dockerfile chowns it"),
    // SQLITE_BUSY "database is locked" (and SQLITE_LOCKED "database table is locked"), and
    // SQLITE_PROTOCOL "locking protocol": another connection holds the write lock past the busy
    // timeout. In a container that is another process on the same file: a second task or replica
    // on one shared volume (a rolling deployment runs the old task beside the new one), or the
    // file on a network filesystem (EFS, NFS), where SQLite's POSIX locks and WAL's shared memory
    // do not work (sqlite.org "File Locking And Concurrency", "WAL: … does not work over a
    // network filesystem").
    sig!("sqlite.locked", r"(?i:\bdatabase (?:table )?is locked\b)|\bSQLITE_BUSY\b|\bSQLITE_PROTOCOL\b|\blocking protocol \(15\)|sqlite3?: locking protocol",
        "SQLite found its database locked by another connection",
        "Keep one process writing the file: one task per SQLite file (a service of desiredCount 1 with minimumHealthyPercent 0 and maximumPercent 100, so a deployment stops the old task before the new one opens the file), never two services on one volume; keep the file on the task's own storage or an EBS volume rather than EFS or NFS, where SQLite's locks and WAL do not work; or move the data to a database server (RDS)"),
    // SQLITE_CORRUPT "database disk image is malformed" and SQLITE_NOTADB "file is not a
    // database" ("file is encrypted or is not a database" before 3.7.17): the file was damaged (a
    // copy taken while it was written, a -wal or -shm file left from another copy, a kill during
    // a write on a network filesystem) or is not SQLite's (an encrypted SQLCipher file without its
    // key, an empty or other file at that path).
    sig!("sqlite.corrupt", r"database disk image is malformed|\bSQLITE_CORRUPT\b|file is (?:encrypted or is )?not a database|\bSQLITE_NOTADB\b",
        "SQLite cannot read its database file: it is damaged or is not an SQLite database",
        "Restore the file from a backup taken with SQLite's own tools (sqlite3 .backup, VACUUM INTO, Litestream), removing the stale -wal and -shm files beside it; try sqlite3 db '.recover' on a copy; check that the path holds the database the application expects (an encrypted one needs its key); keep the file off network filesystems and give the task a stopTimeout long enough to close it"),
    // R's library()/require() for a package the image does not have: "there is no package called
    // %s" (src/library/base/R/library.R, under "Error in library(x) :").
    sig!("r.package", r"there is no package called [‘'`\x22]?(?P<pkg>[\w.]+)",
        "R cannot load the package $pkg: it is not installed in the image",
        "Install it in the Dockerfile (RUN R -e \"install.packages('pkg')\" or the distribution's r-cran-* package; with renv, renv::restore() after copying renv.lock) and check that the build step did not fail quietly: install.packages only warns when a package or a system library it needs is missing"),
    // mysqld refuses an option it does not know (a misspelling, or one removed in this version,
    // e.g. default-authentication-plugin in 8.4): my_getopt's "unknown variable '%s'" and
    // "unknown option '%s'" (mysys/my_getopt.cc), logged as [ERROR] [MY-000067] / [MY-000068].
    sig!("mysql.unknown_option", r"\[MY-0000(?:67|68)\] \[Server\] unknown (?:variable|option) '(?P<opt>[^']+)'|mysqld: unknown (?:variable|option) '(?P<opt2>[^']+)'",
        "MySQL does not know the server option $opt$opt2 (misspelt, or removed in this version)",
        "Remove or rename the option in my.cnf or the container's command: the server image's major version decides which options exist (default-authentication-plugin was removed in 8.4, use authentication_policy; query_cache_* in 8.0); pin the image's version to the one the configuration was written for"),
    // A user or group the container runs as, or that its entrypoint names, is not in the image's
    // /etc/passwd or /etc/group: the task definition's `user` as a numeric id the image does not
    // define (programs that look up who they are fail), or a name the image lacks. Each tool's
    // words: coreutils' id "%s: no such user" and chown's and chgrp's "invalid user: %s" /
    // "invalid group: %s" (quoted ‘…’ in a UTF-8 locale), whoami's "cannot find name for user ID
    // %lu"; busybox's "unknown user %s" / "unknown group %s"; shadow's su "user %s does not
    // exist"; the passwd lookup gosu and runc share ("unable to find user %s: no matching entries
    // in passwd file"); CPython's pwd module "getpwuid(): uid not found: %d" and "getpwnam():
    // name not found: %s" (getpass.getuser and every cache directory built on it); PostgreSQL's
    // initdb "could not look up effective user ID %ld: %s"; Ruby's Etc "can't find user for %s".
    sig!("user.missing", r#"(?P<what>(?:^|\s)id: ['‘]?(?P<idu>[^'’\s:]+)['’]?: no such user|(?:chown|chgrp): invalid (?:user|group): ['‘]?(?P<chu>[^'’\s]+)['’]?|whoami: cannot find name for user ID \d+|(?:chown|chgrp|id|su|addgroup|adduser): unknown (?:user|group):? ['‘]?[^'’\s]+|su: user \S+ does not exist|unable to find (?:user|group) (?P<ru>[^\s:]+): no matching entries in (?:passwd|group) file|getpwuid\(\): uid not found: (?P<uid>\d+)|getpwnam\(\): name not found: ['‘]?(?P<pwu>[^'’\s]+)|could not look up effective user ID (?P<puid>\d+)|can't find user for \S+)"#,
        "A user or group the container runs as or names is not in the image ($what)",
        "Run the container as a user the image defines (the task definition's user: a name or uid from the image's /etc/passwd, or none to keep the image's USER), or create the user and group in the Dockerfile (useradd, addgroup); a numeric user the image does not define has no name or home, so programs that look themselves up fail"),
    // An entrypoint that starts as root and drops to another user could not switch: the task
    // runs it as a non-root user (the task definition's `user`, the image's USER), with
    // no-new-privileges, or without SETUID/SETGID. gosu's "error: failed switching to %q: %v"
    // (main.go), su-exec's err(3) "su-exec: setgroups: Operation not permitted" (su-exec.c: setgroups,
    // setgid, setuid, initgroups), util-linux setpriv's "setresuid failed" and su's/runuser's
    // "cannot set groups", s6-overlay's "s6-applyuidgid: fatal: unable to …", sudo's "unable to
    // change to root gid", "effective uid is not 0" and its set_perms.c failures ("setresuid()
    // [0, 0, 0] -> [1000, -1, -1]: Operation not permitted", "PERM_SUDOERS: setresuid(-1, 1,
    // -1): …"), busybox crond's "can't set groups",
    // nginx's "setgid(%d) failed (1: Operation not permitted)" (os/unix/ngx_process_cycle.c),
    // php-fpm's "[pool %s] failed to setgid(%d)" (fpm_unix.c); a daemon's perror(3) of the call
    // itself ("seteuid: Operation not permitted", cron's); Debian's adduser run by a non-root
    // entrypoint, "Only root may add a user or group to the system.".
    sig!("user.switch_denied", r#"(?P<what>failed switching to ["'][^"']+["']: [^\r\n]*operation not permitted|(?i:^(?:[\w.-]+: )?(?:set(?:e|re|res)?[ug]id|setgroups|initgroups): operation not permitted)|su-exec: (?:setgroups|setgid|setuid|initgroups)(?:\([^)]*\))?: Operation not permitted|setpriv: set(?:res)?[ug]id failed|setpriv: setgroups failed|(?:su|runuser): cannot set groups: Operation not permitted|s6-applyuidgid: fatal: unable to [^\r\n]+|sudo: unable to change to root gid|sudo: effective uid is not 0|sudo: (?:PERM_\w+: )?set(?:res|re|e)?[ug]id\([^)]*\)[^\r\n]*?: Operation not permitted|can't set groups: Operation not permitted|set[ug]id\(\d+\) failed \(1: Operation not permitted\)|failed to set[ug]id\(\d+\): Operation not permitted|adduser: Only root may add a user or group to the system\.?)"#,
        "The entrypoint could not switch to another user ($what): it expects to start as root",
        "The image's entrypoint starts as root and drops to its own user (gosu, su-exec, s6-overlay, nginx and php-fpm workers): remove `user` from the container definition (and any USER override), keep SETUID and SETGID in linuxParameters.capabilities, and do not set no-new-privileges; or run the image as the user it switches to, if it supports that (many images document a rootless mode or a PUID/PGID variable)"),
    // A privilege a container does not get by default, refused where the program asks for it:
    // util-linux mount's "mount: %s: permission denied." and "only root can …" (busybox "permission
    // denied (are you root?)", "mounting %s on %s failed: %m", umount's "can't unmount %s: %m"),
    // unshare(1)'s "unshare failed: Operation not permitted", bubblewrap's
    // "Creating new namespace failed", ptrace's EPERM (gdb "ptrace: Operation not permitted.",
    // strace's "ptrace(PTRACE_…): Operation not permitted"), HashiCorp Vault's mlock ("Failed to
    // lock memory: cannot allocate memory"), modprobe in a container (kmod's "could not insert
    // '%s': Operation not permitted", "Module %s not found in directory /lib/modules/…"),
    // chroot(1)'s EPERM. Not a limit the entrypoint fails to raise (bash's "ulimit: error setting
    // limit", apache2ctl prints it on every start) nor coreutils nice's "cannot set niceness":
    // both go on running the program.
    sig!("cap.denied", r"(?P<what>^mount: (?:\S+: )?(?:permission denied|only root can [^\r\n]+)|^mount: permission denied \(are you root\?\)|unshare(?: failed)?(?: \(\d+\))?: Operation not permitted|^mount: mounting \S+ on \S+ failed: (?:Permission denied|Operation not permitted)|^umount: can't unmount [^\r\n]*: Operation not permitted|bwrap: (?:Creating new namespace failed|No permissions to create new namespace)[^\r\n]*|ptrace(?:\([^)]*\))?: Operation not permitted|Failed to lock memory: cannot allocate memory|modprobe: (?:ERROR: could not insert '[^']+': Operation not permitted|FATAL: Module \S+ not found in directory /lib/modules/\S+)|chroot: cannot change root directory to [^\r\n]*: Operation not permitted)",
        "The process needs a privilege the container does not have ($what)",
        "A container gets a limited set of capabilities and devices: on the EC2 launch type add the one the program needs to linuxParameters.capabilities.add (SYS_ADMIN for mount and namespaces; SYS_PTRACE for ptrace; IPC_LOCK for mlock; SYS_CHROOT for chroot), or run it privileged; load kernel modules on the container instance (user data), never from a container. Fargate lets a task add only SYS_PTRACE: configure the program not to need the rest (Vault's disable_mlock, a storage client that does not mount)"),
    // A resource limit the entrypoint could not raise (only CAP_SYS_RESOURCE may raise a hard
    // limit): bash's "ulimit: error setting limit (%s)" and "%s: cannot modify limit: %s"
    // (builtins/ulimit.def), setrlimit(2)'s EPERM as programs report it. Often harmless (Debian's
    // apache2ctl prints it on every start and goes on), so it decides only when nothing below it
    // says something failed (crash::QUIET).
    sig!("limit.denied", r"(?P<what>ulimit: error setting limit \(Operation not permitted\)|ulimit: [\w ]+: cannot modify limit: Operation not permitted|(?i:setrlimit|set rlimit)[^\r\n]{0,40}Operation not permitted)",
        "The entrypoint could not raise a resource limit ($what)",
        "Set the limit in the container definition's ulimits (nofile, memlock, nproc, with soft and hard values) instead of raising it in the entrypoint: a container without SYS_RESOURCE can only lower its limits"),
    // A kernel setting the container may not change: procps sysctl's "permission denied on key
    // \"%s\"" and "setting key \"%s\": Read-only file system" (older procps: "error: \"%s\"
    // setting key \"%s\""), busybox's "error setting key '%s': …", and a key that does not exist in
    // the container's namespace ("cannot stat /proc/sys/…"). /proc/sys is read-only in a
    // container except the namespaced keys the runtime lets it set.
    sig!("sysctl.denied", r#"sysctl: (?:permission denied on key ["'](?P<key>[\w./-]+)["']|setting key ["'](?P<rkey>[\w./-]+)["']: (?:Read-only file system|Permission denied|Operation not permitted)|error setting key '(?P<bkey>[\w./-]+)': [^\r\n]+|cannot stat /proc/sys/(?P<skey>\S+?):? (?:No such file or directory|error code 2))|error: "(?:Read-only file system|Permission denied)" setting key "(?P<okey>[\w./-]+)""#,
        "The container may not set the kernel setting $key$rkey$bkey$skey$okey",
        "Set namespaced keys (net.*, kernel.shm*, kernel.msg*, kernel.sem, fs.mqueue.*) in the task definition's systemControls; set host-wide ones (vm.*, fs.*, e.g. vm.max_map_count, vm.overcommit_memory) on the container instances (user data or a daemon task), which Fargate does not allow; then remove the sysctl call from the entrypoint"),
    // The network stack refused a change for want of CAP_NET_ADMIN: libiptc's EPERM text
    // "Permission denied (you must be root)" (libiptc/libiptc.c TC_STRERROR, printed by iptables,
    // ip6tables and iptables-nft as "can't initialize iptables table `%s': %s") and iproute2's
    // "RTNETLINK answers: Operation not permitted" (lib/libnetlink.c, strerror(EPERM)): a VPN
    // client, a transparent proxy or a mesh's init container programming the host's network.
    // OpenVPN's TUN ioctl: "Cannot ioctl TUNSETIFF %s: Operation not permitted" (NET_ADMIN).
    // iptables-nft asks the kernel for the ruleset's generation first, over netlink: "Could not
    // fetch rule set generation id: %s" (iptables/nft.c) with EPERM's or EACCES's text.
    sig!("cap.net_admin", r"(?P<msg>can't initialize (?:ip6?tables|arptables|ebtables) table [`'‘\x22]?\w+['’\x22]?: Permission denied(?: \(you must be root\))?|[^\r\n]*?Permission denied \(you must be root\)|RTNETLINK answers: Operation not permitted|Could not fetch rule set generation id: (?:Permission denied|Operation not permitted)|Cannot ioctl TUNSETIFF \S+: Operation not permitted[^\r\n]*)",
        "The container may not change the network (iptables needs the NET_ADMIN and NET_RAW capabilities, ip NET_ADMIN): $msg",
        "On the EC2 launch type add NET_ADMIN (and NET_RAW for raw sockets) to the container definition's linuxParameters.capabilities.add; Fargate lets a task add only SYS_PTRACE, so a container that programs iptables or routes (a VPN client, a transparent proxy) cannot run there: run it on EC2, or leave the interception to ECS (App Mesh proxyConfiguration, Service Connect). A TUN device also needs /dev/net/tun in linuxParameters.devices"),
    // A device the process opens is not in the container (ECS maps none unless
    // linuxParameters.devices names it, and Fargate none at all): OpenVPN's "Cannot open TUN/TAP
    // dev %s" (tun.c), wireguard-go's "Failed to create TUN device: %v" (main.go), libfuse's
    // "fuse: device not found, try 'modprobe fuse' first" (and fusermount's), QEMU's "Could not
    // access KVM kernel module: %m" (accel/kvm/kvm-all.c), node-serialport's "No such file or
    // directory, cannot open %s" and pyserial's "could not open port %s" (serialutil.py); and any
    // of those nodes (/dev/net/tun, /dev/fuse, /dev/kvm, serial ports, /dev/dri, /dev/snd,
    // /dev/video*) absent. A node that is there and refuses the process ("Permission denied") is
    // the file's mode or owner, fs.permission's. GPUs are gpu.unavailable's. Go's "open /dev/x: no
    // such file or directory" is a device node too (the kubelet's /dev/kmsg), never a file
    // (config.missing_file leaves /dev/ paths).
    sig!("device.missing", r"(?P<what>open /dev/\S+: no such file or directory|Cannot open TUN/TAP dev \S+: [^\r\n]+|Failed to create TUN device: [^\r\n]+|fuse(?:rmount3?)?: (?:fuse )?device not found, try 'modprobe fuse' first|Could not access KVM kernel module: No such file or directory|No such file or directory, cannot open /dev/\S+|could not open port /dev/\S+: (?:\[Errno 2\] )?No such file or directory[^\r\n]*|/dev/(?:net/tun|fuse|kvm|tty(?:USB|ACM|AMA|S)\d+|dri/\S+|snd/\S+|video\d+):? No such file or directory)",
        "A device the process needs is not in the container ($what)",
        "Give the task the device: on the EC2 launch type list it in the container definition's linuxParameters.devices (hostPath and containerPath, e.g. /dev/net/tun, /dev/fuse, /dev/ttyUSB0) after making sure the container instance has it (load its kernel module, tun or fuse, in the user data); a TUN device also needs NET_ADMIN and FUSE SYS_ADMIN in linuxParameters.capabilities. Fargate exposes no devices: such a container runs on EC2 only"),
    // EROFS, a write to a read-only filesystem: strerror(EROFS) "Read-only file system"
    // (glibc's string/strerror table, which coreutils, nginx's "(30: …)", Go's
    // syscall.EROFS "read-only file system", Rust's "(os error 30)" and the JDK's
    // UnixException all print), CPython's "OSError: [Errno 30] Read-only file system: 'p'" and
    // libuv's "EROFS: read-only file system, open 'p'". In a task it is the container
    // definition's readonlyRootFilesystem, or a mount point with readOnly; the diagnosis checks
    // which against the task definition. A sysctl's read-only /proc/sys is sysctl.denied's,
    // read above. The path is the first of the forms' own quoting that carries one; the JDK's
    // "FileNotFoundException: p (Read-only file system)" is read at its reason, after
    // config.missing_file's reading of the path, so it carries none.
    sig!("fs.read_only", r#"(?:\[Errno 30\] Read-only file system: '(?P<path>[^'\r\n]+)'|\bEROFS: read-only file system, \w+ '(?P<upath>[^'\r\n]+)'|"(?P<npath>/[^"\r\n]+)" failed \(30: Read-only file system\)|(?:\bopen|\bmkdir|\bmkdirat|\bcreat|\bremove|\brename|\bunlinkat) (?P<gpath>[^\s:'"]+): read-only file system|(?P<cpath>/[^\s:'"]+)'?: Read-only file system|FileSystemException: (?P<jpath>/\S+?): Read-only file system|Read-only file system|read-only file system|\bEROFS\b)"#,
        "The container wrote to a read-only filesystem ($path$upath$npath$gpath$cpath$jpath)",
        "Give the program a writable path: mount a volume there (a task-level volume with no host path, in the container's mountPoints; on Fargate it lives in the task's ephemeral storage) or point its cache, temp or PID directory at a mounted path (TMPDIR, the program's own setting); or turn readonlyRootFilesystem off for this container. A mount point with readOnly true is read-only too"),
    // A program that drives Docker (Traefik's and Portainer's Docker providers, Watchtower, CI
    // runners, docker-in-docker clients) without the host's Docker socket: the Docker client's
    // "Cannot connect to the Docker daemon at %s. Is the docker daemon running?" (docker/cli
    // errConnectionFailed) and "permission denied while trying to connect to the Docker daemon
    // socket at %s", and Go's own "dial unix /var/run/docker.sock: connect: …". On ECS only the
    // EC2 launch type can mount the host's socket. Before fs.permission, whose "permission
    // denied" the second shares.
    sig!("docker.socket", r"(?P<what>Cannot connect to the Docker daemon at \S+?\.? Is the docker daemon running\?|permission denied while trying to connect to the Docker daemon socket at (?:unix|tcp|npipe)://[^\s:]+|dial unix /(?:var/)?run/docker\.sock: connect: [^\r\n\x22]+)",
        "The container needs the host's Docker socket and cannot use it ($what)",
        "On the EC2 launch type mount the host's socket: a volume with host sourcePath /var/run/docker.sock and a mountPoint at /var/run/docker.sock (a container not running as root needs the socket's group, or run it as root); Fargate has no Docker socket, so run such a container on EC2 or use an integration that does not need Docker (Traefik's ECS provider reads the ECS API)"),
    // EACCES as the runtimes word it (strerror "Permission denied"; libuv's "EACCES: permission
    // denied, open '/p'"; Python's PermissionError; the JDK's AccessDeniedException from
    // UnixException.translateToIOException; .NET's UnauthorizedAccessException "Access to the
    // path '/p' is denied.", IO_PathAccessDenied; Erlang's `eacces` posix atom). The same words
    // about something other than a file are read above: a database grant, an SSH key, a missing
    // capability. EPERM from chown(2)/chmod(2) as coreutils words it ("changing ownership of %s",
    // "changing permissions of %s", src/chown-core.c and src/chmod.c, then strerror "Operation
    // not permitted"): the process may not change a file it does not own (not root, no
    // CAP_CHOWN, or a volume that maps root away). The same EPERM from a runtime's file call:
    // Node's "EPERM: operation not permitted, chmod '/x'" (uv_strerror, then the syscall and
    // path) and Ruby's "Operation not permitted @ apply2files - /x" (rb_syserr_fail_path_in).
    // Windows: ERROR_ACCESS_DENIED (5) "Access is denied." and WSAEACCES (10013) "An attempt was
    // made to access a socket in a way forbidden by its access permissions." (a port the host
    // reserves, or one another process holds exclusively).
    sig!("fs.permission", r"\bAccess is denied\b|An attempt was made to access a socket in a way forbidden by its access permissions|PermissionError: [^\r\n]*|changing (?:ownership|permissions|group) of [^\r\n]*: Operation not permitted|\bchown\b[^\r\n(]{0,80}?: (?i:operation not permitted)|\bEPERM: operation not permitted, \w+ '[^\r\n]*|Operation not permitted @ \w+ - [^\r\n]+|\bEACCES\b[^\r\n]*|\beacces\b|AccessDeniedException: [^\r\n]+|UnauthorizedAccessException: Access to the path|(?i)permission denied|Read-only file system|EROFS",
        "The application was denied access to a file or port",
        "Run as a user that owns the path (USER in the image, user in the container definition), write only to a mounted volume when readonlyRootFilesystem is on, and bind ports above 1024 as a non-root user; on an EFS volume set the owner in the access point's root directory instead of a chown at start"),
    // nginx's error log (src/core/ngx_log.c: "YYYY/MM/DD HH:MM:SS [emerg] PID#TID: msg", and on
    // stderr "nginx: [emerg] msg"); emerg is the level of configuration errors that stop it
    // (ngx_conf_file.c "unknown directive", "directive ... is not terminated by \";\""). A host, a
    // port or a file named in the line is read first by the network and file signatures above.
    sig!("nginx.emerg", r"\[emerg\] (?:\d+#\d+: )?(?P<msg>[^\r\n]+)",
        "nginx refused to start: $msg",
        "Fix the nginx configuration at the file and line named (nginx -t in the image checks it); a directive from a module the image lacks needs an nginx build with that module"),
    // ---- database migrations ------------------------------------------------------------------
    // A schema migration tool refuses the database's migration state: one failed half-way, the
    // history disagrees with the image's files, or migrations were never run. golang-migrate's
    // ErrDirty "Dirty database version %v. Fix and force version." (migrate.go); Prisma's P3009
    // "migrate found failed migrations in the target database" and P3018 "A migration failed to
    // apply" (migrate engine's user-facing errors), P3005 "The database schema is not empty. Read
    // more about how to baseline an existing production database" (a database made before
    // Prisma Migrate, never baselined); Django's InconsistentMigrationHistory
    // "Migration %s is applied before its dependency %s" (db/migrations/loader.py); Rails'
    // ActiveRecord::PendingMigrationError "Migrations are pending"; Knex's "Migration table is
    // already locked" and "The migration directory is corrupt, the following files are missing:
    // %s" (lib/migrations/migrate/Migrator.js); EF Core 9's PendingModelChangesWarning, thrown by
    // Migrate(), "The model for context '%s' has pending changes" (the image's model has no
    // migration); Hibernate's schema validation (ddl-auto=validate) of a database the migrations
    // have not reached, "Schema-validation: missing table [%s]" / "missing column [%s] in table
    // [%s]" / "wrong column type encountered in column [%s] in table [%s]"
    // (AbstractSchemaValidator); Airflow's check before it serves ("You need to initialize the
    // database. Please run `airflow db init`", "… upgrade the database … `airflow db upgrade`",
    // airflow/utils/db.py) and MLflow's _verify_schema ("Detected out-of-date database schema
    // (found version %s, but expected %s)"). Flyway's, Liquibase's and Alembic's own are read by their
    // signatures.
    sig!("db.migration_state", r"(?P<what>Dirty database version \d+\. Fix and force version|The database schema is not empty\. Read more about how to baseline an existing production database|migrate found failed migrations in the target database|A migration failed to apply\. New migrations cannot be applied|InconsistentMigrationHistory: Migration \S+ is applied before its dependency \S+|PendingMigrationError|Migrations are pending\. To resolve this issue|You need to (?:initialize|upgrade) the database\. Please run `airflow db (?:init|upgrade|migrate)`|Detected out-of-date database schema \(found version \w+, but expected \w+\)|Migration table is already locked|The migration directory is corrupt, the following files are missing: [^\r\n]+|PendingModelChangesWarning'?:? The model for context '[^']+' has pending changes|Schema-validation: (?:missing (?:table|column|sequence) \[[^\]]+\](?: in table \[[^\]]+\])?|wrong column type encountered in column \[[^\]]+\] in table \[[^\]]+\]))",
        "The database's migration state stops the program ($what)",
        "Run schema migrations as their own step before the service starts the new image (on ECS a one-off task: aws ecs run-task with the new task definition and the migrate command, in the deploy pipeline), never from several tasks at once; after a migration failed half-way, fix it and mark its state (migrate force N, prisma migrate resolve, knex migrate:unlock), and keep the image's migration files in step with the database's history"),
    // The database has no table the code queries: the image's schema is ahead of the database
    // (its migrations never ran there, or the application points at another database). Each
    // server's own undefined-table error, as the client libraries quote it: PostgreSQL's 42P01
    // "relation \"%s\" does not exist" (parse_relation.c) behind the drivers' names for it
    // (psycopg's UndefinedTable, asyncpg's UndefinedTableError, Ruby pg's PG::UndefinedTable,
    // PDO's "SQLSTATE[42P01]: Undefined table", pgJDBC's PSQLException, Npgsql's "42P01:",
    // Postgrex's "(undefined_table)", lib/pq's "pq:", pgx's "(SQLSTATE 42P01)", node-postgres'
    // "error:", Django's and SQLAlchemy's ProgrammingError, TypeORM's QueryFailedError,
    // Sequelize's SequelizeDatabaseError) — never the server's own log line ("[pid] ERROR:
    // relation … at character N"), which also logs a migration's harmless probe; MySQL's
    // ER_NO_SUCH_TABLE 1146 "Table '%s.%s' doesn't exist" as drivers carry it ("(1146,", "Error
    // 1146", SQLSTATE 42S02's "Base table or view not found", Connector/J's
    // SQLSyntaxErrorException) — not the mysql client's "ERROR 1146 … at line N", which an
    // entrypoint's probe prints before it creates the table; SQLite's "no such table: %s"
    // (sqlite3LocateTable); SQL Server's error 208 "Invalid object name '%s'."; Oracle's
    // ORA-00942; Prisma's P2021 "The table `%s` does not exist in the current database.".
    sig!("db.schema_missing", r#"(?:UndefinedTable(?:Error)?|Undefined table|42P01|PSQLException|ProgrammingError|QueryFailedError|SequelizeDatabaseError|StatementInvalid|PostgresException|\(undefined_table\)|\bpq:|(?:^|\s)error:)[^\r\n]{0,60}?(?P<pg>relation "[^"]+" does not exist)|(?P<pgx>relation "[^"]+" does not exist) \(SQLSTATE 42P01\)|(?:\(1146, "|Error 1146(?: \(42S02\))?: |Base table or view not found: 1146 |SQLSyntaxErrorException: )(?P<my>Table '[^']+' doesn't exist)|(?P<lite>no such table: [\w.$]+)|(?P<mssql>Invalid object name '[^']+')|(?P<ora>ORA-00942: table or view does not exist)|(?P<prisma>The table `[^`]+` does not exist in the current database)"#,
        "The database lacks a table the code queries: its schema is behind the image ($pg$pgx$my$lite$mssql$ora$prisma)",
        "Run the image's schema migrations against this database as their own step before the service starts the image (on ECS a one-off task: aws ecs run-task with the new task definition and the migrate command, in the deploy pipeline); if they ran, check that the task's database URL, schema or search_path name the database they ran on"),
    // Flyway will not migrate a database whose history disagrees with the image's migrations:
    // FlywayValidateException "Validate failed: %s" (flyway-core api/exception/
    // FlywayValidateException.java) with "Migrations have failed validation" (7+,
    // internal/command/DbValidate.java), "Migration checksum mismatch for migration version %s",
    // "Detected failed migration to version %s" (internal/info/MigrationInfoImpl.java), and
    // "Found non-empty schema(s) %s but no schema history table. Use baseline()" (Flyway.java).
    sig!("flyway.validate", r"Validate failed: (?P<msg>[^\r\n]+)|(?P<msg2>Migration checksum mismatch for migration (?:version )?\S+|Detected failed migration to version \S+|Found non-empty schema\(s\) [^\r\n]*? but no schema history table)",
        "Flyway refused to migrate: the database's migration history does not match the image's migrations ($msg$msg2)",
        "An applied migration was edited, removed or failed: restore the applied file as it was (add a new migration for the change); after a failed migration fix the database and run flyway repair; for an existing schema without history set baselineOnMigrate. Never edit a migration another environment already applied"),
    // Liquibase waits for the lock row a previous run left in DATABASECHANGELOGLOCK: "Waiting for
    // changelog lock...." and, after changeLogLockWaitTimeInMinutes, LockException "Could not
    // acquire change log lock.  Currently locked by %s" (liquibase-standard
    // lockservice/StandardLockService.java); Metabase's own "Database has migration lock; cannot
    // run migrations." over Liquibase (src/metabase/db/liquibase.clj).
    sig!("liquibase.lock", r"Waiting for changelog lock\.\.\.|Database has migration lock; cannot run migrations|Could not acquire change log lock\.\s+Currently locked by (?P<by>[^\r\n]+)",
        "Liquibase is waiting for the changelog lock, held by an earlier run ($by)",
        "A task stopped while it was migrating and left the lock set: once no other task is migrating, release it (liquibase releaseLocks, or UPDATE DATABASECHANGELOGLOCK SET LOCKED=FALSE), and give migrations time to finish (stopTimeout, health check grace period) or run them as a separate one-off task"),
    // ---- frameworks ---------------------------------------------------------------------------
    // Celery's CLI cannot load the -A/--app module (celery/bin/celery.py
    // UNABLE_TO_LOAD_APP_MODULE_NOT_FOUND "Unable to load celery application.\nThe module {0} was
    // not found.", UNABLE_TO_LOAD_APP_APP_MISSING with find_app's "Module '{0}' has no attribute
    // 'celery'", under click's "Error: Invalid value for '-A' / '--app':"). When the module
    // raised while importing, the traceback printed below it is read instead.
    sig!("celery.app_load", r"^The module (?P<module>\S+) was not found\.$|^Module '(?P<amod>[^']+)' has no attribute '(?P<attr>[^']+)'|Unable to load celery application",
        "Celery could not load the application given to -A/--app: $module$amod",
        "Point -A/--app at the module that defines the Celery app, importable from the working directory (WORKDIR or working_dir, PYTHONPATH); a package needs the app in its __init__ or celery.py as `app`/`celery`"),
    // Flask's command line found no application to run (src/flask/cli.py, NoAppException):
    // "Could not locate a Flask application. Use the 'flask --app' option, 'FLASK_APP' environment
    // variable, or a 'wsgi.py' or 'app.py' file in the current directory." (2.2+; 1.0-2.1 "...
    // You did not provide the \"FLASK_APP\" environment variable, and a \"wsgi.py\" or \"app.py\"
    // module was not found ...", 0.11-0.12 "Could not locate Flask application."), and "Failed
    // to find Flask application or factory in module '%s'" (1.0 development: "Failed to find
    // application in module \"%s\"").
    sig!("flask.no_app", r#"Could not locate (?:a )?Flask application|Failed to find (?:Flask )?application(?: or factory)? in module ['"](?P<module>[^'"]+)['"]"#,
        "Flask could not find the application to run ($module)",
        "Tell Flask where the app is: FLASK_APP=module:app in the container definition (or flask --app module:app run), from the directory that holds the module (WORKDIR); for a service, run it with a WSGI server instead (gunicorn module:app)"),
    // Next.js's production server found no build: "Could not find a production build in the '%s'
    // directory. Try building your app with 'next build' before starting the production server."
    // (packages/next/src/server/next-server.ts getBuildId, lib/router-utils/filesystem.ts; the
    // docs' production-start-no-build-id).
    sig!("next.no_build", r"Could not find a production build in the '(?P<dir>[^']*)' directory",
        "Next.js found no production build in $dir",
        "Run next build in the Dockerfile and copy its output into the runtime image (.next, or .next/standalone with .next/static and public for output: 'standalone'); check that .dockerignore or a volume does not hide .next and that WORKDIR is the app's directory"),
    // The Prisma client's placeholder module, left when `prisma generate` did not run where the
    // image's node_modules were built: "@prisma/client did not initialize yet. Please run
    // \"prisma generate\" and try to import it again." (prisma packages/client scripts
    // default-index.js).
    sig!("prisma.not_generated", r"@prisma/client did not initialize yet",
        "The Prisma client was not generated in the image (@prisma/client did not initialize yet)",
        "Run prisma generate in the Dockerfile after copying schema.prisma and installing dependencies, in the stage whose node_modules the runtime image uses (a later npm ci --omit=dev overwrites the generated client)"),
    // NestJS's injector: "Nest can't resolve dependencies of the %s (%s). Please make sure that
    // the argument %s at index [%d] is available in the %s context." (packages/core/errors/
    // messages.ts UNKNOWN_DEPENDENCIES_MESSAGE, thrown as UnknownDependenciesException; Nest 4
    // "Please verify whether [%d] argument is available in the current context.").
    sig!("nest.unresolved_dependency", r"Nest can't resolve dependencies of the (?P<provider>[^\s(.]+)(?: \([^)]*\))?\.\s*(?:Please make sure that the argument (?P<arg>[^\r\n]+?) at index \[\d+\])?",
        "NestJS could not resolve a dependency of $provider ($arg)",
        "Provide it in the module that needs it (providers), or import the module that exports it; an argument named Object or a missing class is usually a type-only import or a circular import. If it works outside the image, check that the image has one copy of @nestjs/core (no node_modules mounted or copied twice)"),
    // Bundler or RubyGems cannot find a gem the Gemfile.lock names: Bundler::GemNotFound "Could not
    // find %s in locally installed gems" / "... in any of the sources" (bundler lib/bundler/
    // spec_set.rb materialize) and "Could not find gem '%s' in locally installed gems."
    // (lib/bundler/resolver.rb raise_not_found!); RubyGems' Gem::GemNotFoundException "Could not
    // find '%s' (%s) required by your %s." for the bundler version the lock file was written
    // with (lib/rubygems.rb find_spec_for_exe).
    sig!("ruby.gem_missing", r"Could not find (?:gem '(?P<qgem>[^'\s]+)[^']*'|(?P<bgem>'[^']+' \([^)]+\)) required by your|(?P<gem>[\w.-]+?)(?:, [^\r\n]*?)? in (?:locally installed gems|any of the source))",
        "A gem the Gemfile.lock needs is not installed in the image ($qgem$bgem$gem)",
        "Run bundle install in the Dockerfile (after copying Gemfile and Gemfile.lock) so the gems are in the image, with the bundler version the lock file names (gem install bundler -v <BUNDLED WITH>); do not mount a volume over the bundle path, and keep BUNDLE_WITHOUT from dropping a group the command needs"),
    // The descriptions of Spring Boot's failure analyzers whose cause is known from the wording
    // (printed under "Description:", below APPLICATION FAILED TO START; other analyzers' are
    // quoted by spring.failed). DataSourceBeanCreationFailureAnalyzer "Failed to configure a
    // DataSource: 'url' attribute is not specified and no embedded datasource could be
    // configured." (spring-boot-jdbc; ConnectionFactoryBeanCreationFailureAnalyzer's R2DBC "Failed
    // to configure a ConnectionFactory: 'url' attribute is not specified ..."), Spring Boot 1.x's
    // "Cannot determine embedded database driver class for database type NONE".
    sig!("spring.datasource_url", r"Failed to configure a (?:DataSource|ConnectionFactory): 'url' attribute is not specified|Cannot determine embedded database driver class for database type NONE",
        "Spring Boot has no database URL to configure (spring.datasource.url is not set)",
        "Give the container the database settings: SPRING_DATASOURCE_URL (with SPRING_DATASOURCE_USERNAME / _PASSWORD as secrets) in the container definition, or activate the profile that holds them (SPRING_PROFILES_ACTIVE); an application that needs no database should exclude DataSourceAutoConfiguration"),
    // NoSuchBeanDefinitionFailureAnalyzer "%s required a bean of type '%s' that could not be found."
    // / "... a bean named '%s' ..." (spring-boot-autoconfigure diagnostics/analyzer, the injection
    // point from AbstractInjectionFailureAnalyzer: "Parameter %d of constructor in %s", "Field %s
    // in %s"); unanalyzed, Spring Framework's NoSuchBeanDefinitionException "No qualifying bean of
    // type '%s' available" (DefaultListableBeanFactory raiseNoMatchingBeanFound; before 5.0 "No
    // qualifying bean of type [%s] found for dependency").
    sig!("spring.missing_bean", r"required a bean (?:of type '(?P<type>[^']+)'|named '(?P<name>[^']+)') that could not be found|No qualifying bean of type (?:'(?P<qtype>[^']+)' available|\[(?P<otype>[^\]]+)\] found for dependency)",
        "Spring found no bean $type$name$qtype$otype to inject",
        "The bean is defined by configuration that did not apply in this container: an auto-configuration whose property or dependency is missing (a DataSource needs spring.datasource.url), a profile that is not active (SPRING_PROFILES_ACTIVE), or a class outside the component scan; the candidates listed under the description say which condition failed"),
    // BeanCurrentlyInCreationFailureAnalyzer "The dependencies of some of the beans in the
    // application context form a cycle:"; unanalyzed, BeanCurrentlyInCreationException "Requested
    // bean is currently in creation: Is there an unresolvable circular reference?" (Spring
    // Framework DefaultSingletonBeanRegistry beforeSingletonCreation).
    sig!("spring.bean_cycle", r"The dependencies of some of the beans in the application context form a cycle|Requested bean is currently in creation: Is there an unresolvable circular reference",
        "Spring beans depend on each other in a cycle",
        "Break the cycle in the code (inject one side lazily with @Lazy or a setter, or move the shared logic into a third bean); Spring Boot 2.6+ forbids circular references by default, and spring.main.allow-circular-references=true is only a stopgap"),
    // Spring Boot's failure analysis (LoggingFailureAnalysisReporter) prints the analyzer's
    // description under "Description:"; that line is what to quote.
    sig!("spring.failed", r"APPLICATION FAILED TO START",
        "Spring Boot failed to start: $detail",
        "Read the Description and Action lines that follow in the log: usually a missing property, a port in use or an unreachable database",
        wrapper = Wrapper::DescriptionBelow),
    // gunicorn/arbiter.py halts with "Worker failed to boot." / "App failed to load." after the
    // worker logged its own traceback (workers/base.py): that traceback is the cause.
    // uWSGI's Python loader could not get the WSGI callable: "unable to load app %d
    // (mountpoint='%s') (callable not found or import error)" (plugins/python/pyloader.c
    // init_uwsgi_app), and with --need-app uWSGI then exits (code 22) with "*** no app loaded.
    // GAME OVER ***" (core/uwsgi.c uwsgi_init_all_apps). The import error's traceback, when
    // printed, sits above.
    sig!("uwsgi.no_app", r"\*\*\* no app loaded\. GAME OVER \*\*\*|unable to load app \d+ \(mountpoint='[^']*'\) \(callable not found or import error\)",
        "uWSGI could not load the Python application",
        "Import the module uWSGI is given (module= or wsgi-file= in uwsgi.ini) once by hand in the image (python -c 'import app'): the traceback above this line has the import or configuration error; check that the callable's name matches callable= (default application)",
        wrapper = Wrapper::CauseAbove),
    // gunicorn's arbiter kills a worker that has not notified it within --timeout:
    // "WORKER TIMEOUT (pid:%s)" (gunicorn/arbiter.py murder_workers), then boots another.
    sig!("gunicorn.worker_timeout", r"WORKER TIMEOUT \(pid:(?P<pid>\d+)\)",
        "gunicorn killed a worker that did not answer within its timeout (pid $pid)",
        "A request or the application's start took longer than gunicorn's --timeout (30 s by default): a slow import or model load (raise --timeout, or --preload), a task starved of CPU (raise the task's cpu), or a call that blocks (a database or API that does not answer)"),
    sig!("gunicorn.boot", r"Worker failed to boot|Reason: App failed to load",
        "Gunicorn's worker failed to boot",
        "Run the app module once by hand (python -c 'import app') in the image: the traceback above this line has the import or configuration error",
        wrapper = Wrapper::CauseAbove),
    // mattn/go-sqlite3 built with CGO_ENABLED=0 (the usual flag for a static binary in a scratch
    // or distroless image) compiles to a stub whose every call fails: "Binary was compiled with
    // 'CGO_ENABLED=0', go-sqlite3 requires cgo to work. This is a stub" (static_mock.go).
    sig!("go.sqlite_without_cgo", r"Binary was compiled with 'CGO_ENABLED=0', go-sqlite3 requires cgo to work",
        "The Go binary was built without cgo, so its SQLite driver (go-sqlite3) is a stub that cannot open a database",
        "Build with CGO_ENABLED=1 (and a C compiler in the build stage; a glibc or musl base image to run it), or switch to a pure-Go SQLite driver (modernc.org/sqlite)"),
    sig!("go.panic", r"^panic: (?P<msg>[^\r\n]+)",
        "Go panicked: $msg",
        "The panic's message says what failed and the goroutine trace where it was met: a setting, a file, a connection, the host or image it runs in, a dependency's version, or the code itself"),
    // runtime/panic.go's fatal error is always followed by the runtime's trace (unless
    // GOTRACEBACK=none): without one the line is a C program's or a compiler's "fatal error:".
    sig!("go.fatal", r"^fatal error: (?P<msg>[^\r\n]+)",
        "Go stopped on a fatal error: $msg",
        "Fix the code at the goroutine frames shown (a deadlock means every goroutine waits: a channel or WaitGroup nobody completes)",
        shapes = &[Shape::Go]),
    // rustls 0.23 needs one process-level crypto provider: with both or neither of its
    // 'aws-lc-rs' and 'ring' features built in and none installed, its first TLS config panics
    // (src/crypto/mod.rs: "Could not automatically determine the process-level CryptoProvider
    // from Rustls crate features."; earlier 0.23 releases "no process-level CryptoProvider available --
    // call CryptoProvider::install_default() before this point"). A build fault: no setting of
    // the task changes it. Before rust.panic, whose line carries the location only.
    sig!("rustls.no_provider", r"Could not automatically determine the process-level CryptoProvider from Rustls crate features|no process-level CryptoProvider available",
        "The Rust binary's TLS library (rustls) has no crypto provider chosen, so it panics at its first TLS connection",
        "Rebuild the binary: enable exactly one of rustls's 'aws-lc-rs' and 'ring' features across the dependency tree (cargo tree -i rustls -e features shows who enables which), or install one at the start of main (rustls::crypto::aws_lc_rs::default_provider().install_default()); no setting of the task changes this"),
    // Rust releases since 2025 name the thread's id too: "thread 'main' (2662207) panicked at".
    sig!("rust.panic", r"thread '(?P<thread>[^']+)'(?: \(\d+\))? panicked at (?:'(?P<msg>[^']*)', )?(?P<loc>[^\s:]+:\d+(?::\d+)?)",
        "Rust panicked at $loc$msg",
        "The message says what failed and the location where it was met (an unwrap/expect on a missing value, file or setting is the usual one): a setting, a file, a connection, the host or image it runs in, a dependency's version, or the code itself; RUST_BACKTRACE=1 gives the call path"),
    sig!("node.unhandled", r"UnhandledPromiseRejection|Unhandled promise rejection|triggerUncaughtException",
        "Node.js stopped on an unhandled promise rejection",
        "Handle the rejected promise (await inside try/catch, .catch()); the error printed above this line is the cause"),
    // The .NET host found no runtime matching the app's runtimeconfig.json (dotnet/runtime
    // src/native/corehost/fxr/fx_resolver.messages.cpp and hostfxr's messages): .NET 6+ "You must
    // install or update .NET to run this application." then "Framework: '%s', version '%s' (%s)";
    // .NET 5 "The framework '%s', version '%s' (%s) was not found."; older "It was not possible to
    // find any compatible framework version" and "The specified framework '%s', version '%s' was
    // not found."
    sig!("dotnet.framework", r"The (?:specified )?framework (?P<fw>'[\w.]+', version '[^']+')(?: \(\w+\))? was not found|^Framework: (?P<fw2>'[\w.]+', version '[^']+') \(\w+\)|It was not possible to find any compatible framework version|You must install or update \.NET to run this application",
        "The image has no .NET runtime the application can run on ($fw$fw2)",
        "Use a runtime image of the version the application targets (mcr.microsoft.com/dotnet/aspnet:<version> for ASP.NET Core, .../runtime for console apps), or build for the image's runtime (TargetFramework), or publish self-contained"),
    // Kestrel told to serve HTTPS (an https:// URL in ASPNETCORE_URLS or ASPNETCORE_HTTPS_PORTS)
    // with no certificate: "Unable to configure HTTPS endpoint. No server certificate was
    // specified, and the default developer certificate could not be found or is out of date."
    // (Kestrel's CoreStrings NoCertSpecifiedNoDevelopmentCertificateFound); the development
    // certificate exists only where the SDK created it, never in a runtime image.
    sig!("dotnet.https_cert", r"Unable to configure HTTPS endpoint\. No server certificate was specified",
        "Kestrel was told to serve HTTPS but has no certificate",
        "Serve plain HTTP in the container (ASPNETCORE_URLS=http://+:8080, no https:// URL or ASPNETCORE_HTTPS_PORTS) and terminate TLS at the load balancer, or give Kestrel a certificate (Kestrel__Certificates__Default__Path and its password as a secret)"),
    // .NET running without culture data (invariant globalization mode: the Alpine and chiseled
    // images set DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=true) under code that needs a culture:
    // CoreLib's "Only the invariant culture is supported in globalization-invariant mode"
    // (Argument_CultureNotSupportedInInvariantMode) and Microsoft.Data.SqlClient's
    // "Globalization Invariant Mode is not supported." (SQL_GlobalizationInvariantModeNotSupported).
    sig!("dotnet.invariant_globalization", r"(?P<what>Globalization Invariant Mode is not supported|Only the invariant culture is supported in globalization-invariant mode)",
        ".NET runs without culture data (invariant globalization mode) and the application needs it ($what)",
        "Set DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=false in the container definition's environment and install ICU in the image (Alpine: apk add icu-libs icu-data-full; chiseled: the -extra image), or remove InvariantGlobalization from the project if it sets it"),
    // .NET's own native dependencies missing from the image (Alpine and slim images): "Couldn't
    // find a valid ICU package installed on the system" (System.Globalization's
    // GlobalizationMode, then an abort) and "No usable version of libssl was found"
    // (System.Security.Cryptography.Native's opensslshim.c).
    sig!("dotnet.native_deps", r"(?P<what>Couldn't find a valid ICU package installed on the system|No usable version of (?:the )?libssl was found)",
        ".NET could not load a native library it needs ($what)",
        "Install it in the image (Alpine: apk add icu-libs or libssl3; Debian: apt-get install libicu* or libssl3), or, for ICU only, run without culture data (DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1, InvariantGlobalization in the project)"),
    // ASP.NET Core's host logs a Startup's exception as "Application startup exception" (WebHost,
    // LoggerEventIds.ApplicationStartupException) before the process ends.
    sig!("dotnet.unhandled", r"(?:(?i:u?nhandled exception)[.:]|Application startup exception:) (?P<exc>[\w.]+(?:Exception|Error)):? ?(?P<msg>[^\r\n]*)",
        ".NET threw $exc: $msg",
        "The exception's message says what failed and the first frame of the application's own namespace where it was met: a setting, a file, a connection, the host or image it runs in, a dependency's version, or the code itself"),
    // Composer's autoloader is missing: PHP's "Failed opening required '%s' (include_path='%s')"
    // (main/main.c php_message_handler_for_zend, ZMSG_FAILED_REQUIRE_FOPEN) for vendor/autoload.php.
    sig!("php.vendor_missing", r"Failed opening required '(?P<path>[^']*vendor/autoload\.php)'",
        "PHP cannot load Composer's autoloader ($path): vendor/ is missing where the application runs",
        "Run composer install --no-dev in the Dockerfile after copying composer.json/composer.lock, and check that .dockerignore or a volume mounted over the application directory does not hide vendor/"),
    // Laravel's MissingAppKeyException "No application encryption key has been specified."
    // (Illuminate/Encryption/MissingAppKeyException.php, EncryptionServiceProvider).
    sig!("laravel.app_key", r"No application encryption key has been specified",
        "Laravel has no APP_KEY",
        "Set APP_KEY in the container definition, as a secret (generate it once with php artisan key:generate --show and keep it: a new key invalidates sessions and encrypted data)"),
    // php_error_cb (main/main.c): "PHP Fatal error:  %s in %s on line %d" to the log, "Fatal
    // error: %s in %s on line %d" to stdout (display_errors), and "Parse error" for E_PARSE. A
    // bare "Fatal error:" is PHP's only with its file and line, or an uncaught throwable's
    // "in /app/x.php:12": other programs print the same words (rclone's fs.Fatalf).
    sig!("php.fatal", r"(?:PHP |PHP message: PHP )(?:Fatal|Parse) error:\s+(?P<msg>[^\r\n]+)|^(?:Fatal|Parse) error:\s+(?P<bmsg>[^\r\n]*?(?: on line \d+|\.php(?::\d+|\b)|Uncaught|Allowed memory size)[^\r\n]*)",
        "PHP fatal error: $msg$bmsg",
        "Fix the file and line PHP names; for 'Allowed memory size' raise memory_limit and the container's memory"),
    // Elixir's Exception.format_banner for an uncaught error: "** (%s) %s" (lib/elixir/lib/
    // exception.ex), as a release or mix prints it at boot (`** (RuntimeError) ...`, `**
    // (Mix) Could not start application ...`). The "** (" opening is Elixir's own.
    sig!("elixir.exception", r"^\*\* \((?P<exc>[A-Z][\w.]*)\) (?P<msg>[^\r\n]+)",
        "Elixir raised $exc: $msg",
        "Fix what the message names (release configuration in config/runtime.exs reads the environment at boot); the stacktrace below it has the application's frame"),
    // Ruby's uncaught exception (eval_error.c error_print): "file:N:in 'meth': message (Class)"
    // followed by "\tfrom file:N:in 'meth'" frames; under Ruby frames also the `Class: message`
    // line Rails and rake print (`Module::Class` names are Ruby's).
    sig!("ruby.exception", r"^(?:\S+:\d+:in [`'][^'`]*'?: (?P<msg>[^\r\n]*?) \((?P<exc>[A-Z]\w*(?:::[A-Z]\w*)*)\)|(?:#<)?(?P<exc2>[A-Z]\w*(?:::[A-Z]\w*)*): (?P<msg2>[^\r\n]+?)>?)\s*$",
        "Ruby raised $exc$exc2: $msg$msg2",
        "The message says what failed and the first frame below it that is the application's own (not a gem's) where it was met: a setting, a file, a connection, the host or image it runs in, a dependency's version, or the code itself",
        shapes = &[Shape::Ruby]),
    // Throwable.toString(): the class's binary name, then ": message" (any class name: Errors,
    // Exceptions and others). Only where Java printed it: a `Caused by:`/`Exception in thread`
    // line or `at ...(File.java:N)` frames below; a dotted class in a Python traceback is Python's.
    sig!("java.exception", r"^(?:Exception in thread \x22[^\x22]+\x22 |Caused by: )?(?P<exc>(?:[a-z_$][\w$]*\.)+[A-Z][\w$]*)(?:: ?(?P<msg>[^\r\n]*))?$",
        "Java threw $exc: $msg",
        "The deepest 'Caused by:' says what failed and its first frame in the application's own package where it was met: a setting, a file, a connection, the host or image it runs in, a dependency's version, or the code itself",
        shapes = &[Shape::Java]),
    // V8's stack header "Name: message" (Node adds " [ERR_CODE]"), under Node's frames. A plain
    // `Error: ...` without a code is a library's own wording of a failure the lines above
    // usually name (a DNS error, a refused connection): it is not read.
    sig!("node.exception", r"^(?:Uncaught )?(?P<exc>[A-Z]\w*(?:Error|Exception)(?: \[[A-Z0-9_]+\])?|Error \[[A-Z0-9_]+\]): (?P<msg>[^\r\n]*)",
        "Node.js threw $exc: $msg",
        "The message says what failed and the first frame below it that is the application's own (not node_modules or node:internal) where it was met: a setting, a file, a connection, the host or image it runs in, a dependency's version, or the code itself",
        shapes = &[Shape::Node]),
    // traceback.format_exception_only: "module.QualName: message", or the name alone; any class
    // (Django's ImproperlyConfigured, SQLAlchemy's sqlalchemy.exc.OperationalError). Class names
    // have a lower-case letter: logging's BASIC_FORMAT "ERROR:name:message" is not one. In a Python
    // traceback any name; on a line with no frames around it only an Error/Exception name that
    // is not also one of ECMAScript's (TypeError, SyntaxError, ReferenceError, RangeError...)
    // nor a Java-style package (those say nothing about which runtime raised them). The message
    // follows ": " (a colon and a space): `Makefile:21: recipe ...` under the "Traceback (most
    // recent call last):" header Ruby 2.5-3.3 also prints is not an exception line.
    sig!("python.exception", r"^(?P<exc>(?:[A-Za-z_]\w*\.)*[A-Z]\w*[a-z]\w*)(?::(?: (?P<msg>[^\r\n]*))?)?$",
        "Python raised $exc: $msg",
        "The exception's message says what failed and the traceback's last frame (the file and line shown) where it was met: a setting, a file, a connection, the host or image it runs in, a dependency's version, or the code itself",
        shapes = &[Shape::Python, Shape::Bare]),
];
