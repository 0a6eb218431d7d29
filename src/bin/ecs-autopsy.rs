//! The `ecs-autopsy` command line: everything lives in the library (`ecs_autopsy::cli`).

fn main() -> std::process::ExitCode {
    ecs_autopsy::cli::run(std::env::args_os())
}
