//! Error text → failure family, service concerned, and candidate causes.
//!
//! Pure and cheap: the regexes are compiled once, and a message is read top to bottom against the
//! ordered families of `families.rs` (first match wins). Only the first [`MAX_TEXT`] bytes are read:
//! real ECS reasons are at most a few hundred characters, and the cap bounds the work on hostile input.

use crate::catalogue::id;
mod families;
pub mod shapes;
mod vocab;
pub mod wrappers;

pub use families::{Family, FAMILIES};

use regex::Regex;
use serde::Serialize;
use std::borrow::Cow;
use std::sync::LazyLock;

/// How much of one message the classifier reads.
pub const MAX_TEXT: usize = 16 * 1024;
/// How many inner texts of one message are read at most, per level (a hostile text full of
/// `"reason": "…"` fields must stay cheap).
pub const MAX_INNER: usize = 16;
/// How many candidate causes a classification names at most.
pub const MAX_CANDIDATES: usize = 5;

/// The AWS service (or registry) an error message concerns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Service {
    EcrApi,
    EcrRegistry,
    S3Layer,
    S3,
    SecretsManager,
    Ssm,
    CloudWatchLogs,
    Efs,
    Kms,
    DockerHub,
    PublicEcr,
    OtherRegistry,
    Iam,
    Ec2,
}

impl Service {
    /// The name people know the service by; this is what reports and `--format json` print.
    pub fn label(self) -> &'static str {
        match self {
            Service::EcrApi => "ECR API",
            Service::EcrRegistry => "ECR registry",
            Service::S3Layer => "S3 layer bucket",
            Service::S3 => "S3",
            Service::SecretsManager => "Secrets Manager",
            Service::Ssm => "SSM Parameter Store",
            Service::CloudWatchLogs => "CloudWatch Logs",
            Service::Efs => "EFS",
            Service::Kms => "KMS",
            Service::DockerHub => "Docker Hub",
            Service::PublicEcr => "ECR Public",
            Service::OtherRegistry => "third-party registry",
            Service::Iam => "IAM",
            Service::Ec2 => "EC2",
        }
    }

    /// Which vocabulary entry names the service, in the order a message is searched when its
    /// family does not fix the service (most specific first: an S3 layer URL also names ECR).
    const DETECT: &'static [(Service, &'static str)] = &[
        (Service::S3Layer, "S3_LAYER"),
        (Service::EcrApi, "ECR_API"),
        (Service::SecretsManager, "ASM"),
        (Service::Ssm, "SSM"),
        (Service::CloudWatchLogs, "LOGS"),
        (Service::Efs, "EFS"),
        (Service::Kms, "KMS"),
        (Service::PublicEcr, "PUBLIC_ECR"),
        (Service::DockerHub, "DOCKER_HUB"),
        (Service::OtherRegistry, "OTHER_REGISTRY"),
        (Service::EcrRegistry, "ECR"),
    ];
}

/// What kind of failure the message describes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Symptom {
    Timeout,
    Dns,
    Denied,
    NotFound,
    Missing,
    DiskFull,
    RateLimit,
    Platform,
    Capacity,
    Config,
    Crash,
    Health,
    Infrastructure,
    Expected,
    Other,
}

/// The result of classifying one message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Classification {
    /// Stable slug of the family (`other` when nothing matched).
    pub family_id: &'static str,
    /// Human name of the failure family.
    pub family: &'static str,
    pub service: Option<Service>,
    pub symptom: Symptom,
    /// Candidate cause ids, most likely first; `["other"]` when nothing matched.
    pub candidates: Vec<&'static str>,
    /// Index of the family in [`FAMILIES`]; lower is more specific. `usize::MAX` for `other`.
    #[serde(skip)]
    pub rank: usize,
}

impl Classification {
    fn other() -> Self {
        Classification {
            family_id: "other",
            family: "Unrecognised error",
            service: None,
            symptom: Symptom::Other,
            candidates: vec!["other"],
            rank: usize::MAX,
        }
    }

    /// True when no family matched.
    pub fn is_other(&self) -> bool {
        self.rank == usize::MAX
    }
}

struct Compiled {
    family: &'static Family,
    all: Vec<Regex>,
    none: Vec<Regex>,
}

/// Expands `@NAME` vocabulary references (entries may refer to entries) and compiles a
/// case-insensitive regex.
fn compile(pattern: &str) -> Result<Regex, String> {
    static REF: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"@([A-Z][A-Z0-9_]*)").unwrap());
    let mut expanded = pattern.to_string();
    for _ in 0..4 {
        if !REF.is_match(&expanded) {
            break;
        }
        let mut unknown = None;
        expanded = REF
            .replace_all(&expanded, |c: &regex::Captures<'_>| {
                match vocab::lookup(&c[1]) {
                    Some(re) => format!("(?:{re})"),
                    None => {
                        unknown = Some(c[1].to_string());
                        String::new()
                    }
                }
            })
            .into_owned();
        if let Some(name) = unknown {
            return Err(format!("unknown vocabulary entry @{name} in {pattern:?}"));
        }
    }
    if REF.is_match(&expanded) {
        return Err(format!("vocabulary nested too deep in {pattern:?}"));
    }
    Regex::new(&format!("(?i){expanded}")).map_err(|e| format!("{pattern:?}: {e}"))
}

/// Compiles every family once. The table is static data checked by the unit tests below, so a
/// pattern that does not compile is a programming error caught before release.
fn compiled() -> &'static [Compiled] {
    static COMPILED: LazyLock<Vec<Compiled>> = LazyLock::new(|| {
        FAMILIES
            .iter()
            .map(|family| {
                let build = |ps: &[&str]| {
                    ps.iter()
                        .map(|p| compile(p).unwrap_or_else(|e| panic!("family {}: {e}", family.id)))
                        .collect()
                };
                Compiled {
                    family,
                    all: build(family.all),
                    none: build(family.none),
                }
            })
            .collect()
    });
    &COMPILED
}

fn detectors() -> &'static [(Service, Regex)] {
    static DETECT: LazyLock<Vec<(Service, Regex)>> = LazyLock::new(|| {
        Service::DETECT
            .iter()
            .map(|(s, name)| {
                (
                    *s,
                    compile(&format!("@{name}")).expect("vocabulary compiles"),
                )
            })
            .collect()
    });
    &DETECT
}

/// Cuts `text` to at most `max` bytes on a character boundary (the crash signatures use it too).
pub fn clip(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// `text` with typographic apostrophes and single quotes as ASCII ones. Double quotes stay: an
/// ASCII one would end the JSON string a wrapper holds the text in.
fn ascii_quotes(text: &str) -> Cow<'_, str> {
    if text.contains(['‘', '’']) {
        Cow::Owned(text.replace(['‘', '’'], "'"))
    } else {
        Cow::Borrowed(text)
    }
}

/// `text` with its soft line breaks joined: a break between two lower-case words continues the
/// sentence ("does not contain descriptor\nmatching platform"). A break after punctuation, an id
/// or a number, or before a capital, a symbol or a number, starts a new line of the tool's output
/// ("…/task/c/0f1e\ntask failed to start: …") and keeps the lines apart.
fn unwrapped(text: &str) -> Cow<'_, str> {
    static SOFT_BREAK: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?m)((?:^|[ \t])[a-z]{2,})[ \t]*\r?\n[ \t]*([a-z]{2,}\b)").unwrap()
    });
    SOFT_BREAK.replace_all(text, "$1 $2")
}

/// `text` on one line: each line without the marks a page or a tool prints before it
/// (Terraform's `│` box, a Markdown or e-mail quote's `>`, a table's `|`) and the lines joined by
/// a space. Read beside the text itself (see [`classify`]): a break anywhere, after an ARN or a
/// colon too, is how a terminal or Terraform (which wraps its diagnostics at the window's width)
/// cuts a long reason.
fn flattened(text: &str) -> Cow<'_, str> {
    if !text.contains('\n') {
        return Cow::Borrowed(text);
    }
    let lines: Vec<&str> = text
        .lines()
        .map(|l| {
            l.trim()
                .trim_start_matches(['│', '┃', '║', '╷', '╵', '|', '>'])
                .trim()
        })
        .filter(|l| !l.is_empty())
        .collect();
    Cow::Owned(lines.join(" "))
}

/// The first family that matches `text` alone: its rank, without refinement.
fn first_family(text: &str) -> Option<(usize, &'static Family)> {
    compiled()
        .iter()
        .enumerate()
        .find(|(_, c)| {
            c.all.iter().all(|r| r.is_match(text)) && !c.none.iter().any(|r| r.is_match(text))
        })
        .map(|(rank, c)| (rank, c.family))
}

/// The inner texts of a message: what known wrapper shapes capture (JSON strings unescaped), and
/// the text from the first upstream-defined error name on (see `wrappers.rs`). Never the whole
/// text itself. The flag says whether a transparent shape matched (then the text outside the inner
/// texts is framing, not evidence).
pub fn inner_texts(text: &str) -> (Vec<Cow<'_, str>>, bool) {
    static SHAPES: LazyLock<Vec<Regex>> = LazyLock::new(|| {
        wrappers::SHAPES
            .iter()
            .map(|s| {
                Regex::new(&format!("(?i){}", s.regex))
                    .unwrap_or_else(|e| panic!("wrapper {}: {e}", s.id))
            })
            .collect()
    });
    static ANCHOR: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!("(?i){}", wrappers::ANCHORS)).expect("anchors compile")
    });
    let mut out: Vec<Cow<'_, str>> = Vec::new();
    let mut transparent = false;
    let whole = text.trim();
    fn add<'a>(whole: &str, t: Cow<'a, str>, out: &mut Vec<Cow<'a, str>>) -> bool {
        let t = match t {
            Cow::Borrowed(b) => Cow::Borrowed(b.trim()),
            Cow::Owned(o) => Cow::Owned(o.trim().to_string()),
        };
        if t.is_empty() || t.as_ref() == whole || out.contains(&t) || out.len() >= MAX_INNER {
            return false;
        }
        out.push(t);
        true
    }
    for (shape, re) in wrappers::SHAPES.iter().zip(SHAPES.iter()) {
        for caps in re.captures_iter(text) {
            if let Some(m) = caps.get(1) {
                let inner = &text[m.start()..m.end()];
                let inner = if shape.json && inner.contains('\\') {
                    Cow::Owned(
                        serde_json::from_str::<String>(&format!("\"{inner}\""))
                            .unwrap_or_else(|_| inner.replace("\\\"", "\"")),
                    )
                } else {
                    Cow::Borrowed(inner)
                };
                add(whole, inner, &mut out);
                transparent |= shape.transparent;
            }
        }
    }
    if let Some(m) = ANCHOR.find(text) {
        if m.start() > 0 {
            add(whole, Cow::Borrowed(&text[m.start()..]), &mut out);
        }
    }
    (out, transparent)
}

/// Whether an inner text is only the name or opening words of an error ([`wrappers::ANCHORS`])
/// with nothing after them but punctuation.
fn bare_anchor(inner: &str) -> bool {
    static BARE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(r"(?i)^(?:{})[\s.!)\]]*$", wrappers::ANCHORS)).expect("anchors compile")
    });
    BARE.is_match(inner.trim())
}

/// The most specific reading of `text`: of its inner texts when one is recognised (read the same
/// way, `depth` levels down: a CloudFormation message holding a JSON document holding a reason),
/// else of the whole text, unless a transparent wrapper framed it (then nothing).
fn read(text: &str, depth: usize) -> Option<(usize, &'static Family, String)> {
    let (inner, transparent) = inner_texts(text);
    let mut best: Option<(usize, &'static Family, String)> = None;
    // An error's bare name at the end of a text ("…: task failed to start.") says less than the
    // words around it (the circuit breaker's "ECS deployment circuit breaker: task failed to
    // start."): when the whole text has a family of its own, that family decides.
    if !transparent && inner.iter().all(|t| bare_anchor(t)) {
        if let Some((r, f)) = first_family(text) {
            return Some((r, f, text.to_string()));
        }
    }
    for t in &inner {
        let found = if depth > 0 {
            read(t, depth - 1)
        } else {
            first_family(t).map(|(r, f)| (r, f, t.to_string()))
        };
        if let Some(found) = found {
            if best.as_ref().is_none_or(|(r, _, _)| found.0 < *r) {
                best = Some(found);
            }
        }
    }
    if !transparent {
        if let Some((r, f)) = first_family(text) {
            // A wrapper whose own words name the subject ([`OWN_SUBJECT`]) keeps it: whatever
            // deadline or denial its inner text reports happened to that subject.
            let subject = OWN_SUBJECT.contains(&f.id) && best.as_ref().is_none_or(|b| r < b.0);
            if best.is_none() || subject {
                best = Some((r, f, text.to_string()));
            }
        }
    }
    best
}

/// Families whose words name what failed even around an inner error: the kubelet's volume
/// operations ("MountVolume.MountDevice failed for volume …: rpc error: … context deadline
/// exceeded" is the volume's driver timing out, not the network of an image pull), its probes
/// ("Readiness probe errored: rpc error: code = NotFound …" is a container no longer running,
/// not an image) and its lifecycle hooks. The docker CLI's own "docker: " names who pulled: a
/// person's command on a machine without `docker login`, whatever the daemon's inner refusal.
const OWN_SUBJECT: &[&str] = &[
    "k8s.volume",
    "k8s.probe",
    "k8s.lifecycle_hook",
    "ecr.no_basic_auth_cli",
];

/// Classifies one error message (a `containers[].reason` or a `stoppedReason`, or what a tool
/// printed around one).
///
/// The whole text is read against the ordered families; so is every inner text a wrapper holds
/// (`inner_texts`). When an inner text is recognised, the most specific inner family wins: the
/// wrapper's own words never decide. Otherwise the whole text decides (which is how a wrapper with
/// nothing recognisable inside, "did not stabilize", reaches its own family).
pub fn classify(message: &str) -> Classification {
    let text = clip(message.trim(), MAX_TEXT);
    if text.is_empty() {
        return Classification::other();
    }
    // Typographic apostrophes are read as the ASCII one every wording is written with: ECS itself
    // mixes them within one family ("isn’t" and "isn't" in ECS Exec's error), and editors, chat
    // and notes turn a pasted ' into ’.
    let plain = ascii_quotes(text);
    // A text copied from a web page keeps its HTML entities (`&quot;`, `&#39;`): the wordings
    // hold the characters.
    let plain = match html_escape::decode_html_entities(&plain) {
        Cow::Owned(decoded) => Cow::Owned(decoded),
        Cow::Borrowed(_) => plain,
    };
    let text: &str = &plain;
    // A text a terminal, a record or a Markdown paragraph wrapped mid-sentence is read joined
    // too, and so is the text with every line break and the page's own marks before each line
    // (Terraform's box, a quote) taken away; the most specific reading wins: the wording is the
    // runtime's, the line break is the page's.
    let joined = unwrapped(text);
    let flat = flattened(text);
    let mut best = read(text, 3);
    let mut text = text;
    // A known tool's output whose inner text named nothing is not read flat: its line structure
    // is the wrapper's, and the framing around the inner text is not evidence (`read`).
    let framed = best.is_none() && inner_texts(text).1;
    for other in [Some(&joined), (!framed).then_some(&flat)]
        .into_iter()
        .flatten()
    {
        let Cow::Owned(other) = other else { continue };
        let better = read(other, 3).filter(|(r, _, _)| best.as_ref().is_none_or(|b| *r < b.0));
        if better.is_some() {
            best = better;
            text = other;
        }
    }
    let Some((rank, family, decided_by)) = best else {
        return by_shape(text).unwrap_or_else(Classification::other);
    };
    let decided_by = decided_by.as_str();
    let service = family.service.or_else(|| {
        [decided_by, text].into_iter().find_map(|t| {
            detectors()
                .iter()
                .find(|(_, r)| r.is_match(t))
                .map(|(s, _)| *s)
        })
    });
    let mut candidates: Vec<&'static str> = family.candidates.to_vec();
    refine(decided_by, text, family.symptom, &mut candidates);
    candidates.truncate(MAX_CANDIDATES);
    Classification {
        family_id: family.id,
        family: family.name,
        service,
        symptom: family.symptom,
        candidates,
        rank,
    }
}

/// What no family recognised, read by its shape alone: a service the vocabulary names
/// (`Service::DETECT`) and how the call failed (a name that did not resolve, a timeout, a
/// denial, a missing resource). The candidates are that shape's row in `shapes.rs`, so they
/// come from the same documents as the families' (`shapes::for_service`); a text whose
/// service or "how" is not named, or whose pair has no row, stays `other`.
///
/// The inner texts of a wrapper are read first; the whole text only when no transparent
/// wrapper framed it (its framing is not evidence), as in [`read`].
/// The family id of a reading by shape alone.
const SHAPE_FAMILY: &str = "shape";

fn by_shape(text: &str) -> Option<Classification> {
    static HOW: LazyLock<Vec<(shapes::How, Symptom, Regex)>> = LazyLock::new(|| {
        [
            (shapes::How::NoSuchHost, Symptom::Dns, "@DNS"),
            (shapes::How::Unreachable, Symptom::Timeout, "@NET_HARD"),
            (shapes::How::Denied, Symptom::Denied, "@DENIED"),
            (shapes::How::NotFound, Symptom::NotFound, "@NOT_FOUND"),
        ]
        .into_iter()
        .map(|(how, symptom, p)| (how, symptom, compile(p).expect("vocabulary compiles")))
        .collect()
    });
    let (inner, transparent) = inner_texts(text);
    let whole = (!transparent).then_some(text);
    inner.iter().map(|t| t.as_ref()).chain(whole).find_map(|t| {
        let service = detectors()
            .iter()
            .find(|(_, r)| r.is_match(t))
            .map(|(s, _)| *s)?;
        let (how, symptom, _) = HOW.iter().find(|(_, _, r)| r.is_match(t))?;
        let shape = shapes::for_service(service, *how)?;
        Some(Classification {
            family_id: SHAPE_FAMILY,
            family: "Recognised by its shape: a service and how it failed",
            service: Some(service),
            symptom: *symptom,
            candidates: shape.candidates.to_vec(),
            rank: FAMILIES.len(),
        })
    })
}

/// Reorders candidates on facts a regex alone cannot express.
///
/// `text` is the text that decided the family (an inner text when a wrapper held one); `whole` is
/// the whole message, read only for the platform it came from (a kubelet's words).
fn refine(text: &str, whole: &str, symptom: Symptom, candidates: &mut Vec<&'static str>) {
    static PRINCIPAL: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"arn:aws[a-z-]*:(?:sts|iam)::([^:\s]+):").unwrap());
    static REPOSITORY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r#"arn:aws[a-z-]*:ecr:[^:\s]*:([^:\s]+):repository|([^\s/.:"'(]+):?\.dkr\.ecr\."#,
        )
        .unwrap()
    });
    static KUBELET: LazyLock<Regex> =
        LazyLock::new(|| compile("@KUBELET").expect("vocabulary compiles"));
    static S3_LAYER: LazyLock<Regex> =
        LazyLock::new(|| compile("@S3_LAYER").expect("vocabulary compiles"));

    // A principal of one account denied on a repository of another: the repository policy must
    // grant cross-account pulls, whatever the role's own policies say.
    let principal = PRINCIPAL.captures(text).map(|c| c[1].to_string());
    let repository = REPOSITORY
        .captures(text)
        .and_then(|c| c.get(1).or_else(|| c.get(2)))
        .map(|m| m.as_str().to_string());
    if let (Some(p), Some(r)) = (principal, repository) {
        if p != r {
            promote(candidates, id::ECR_REPO_POLICY);
        }
    }
    // The denied session is an EC2 instance (`assumed-role/ecsInstanceRole/i-0abc...`): the pull used
    // the container instance's role, not an execution role.
    static INSTANCE_SESSION: LazyLock<Regex> = LazyLock::new(|| {
        // Also when the id is redacted in a paste (`i-<>`, `i-xxxx`, `i-***`).
        Regex::new(r":assumed-role/[^/\s]+/i-(?:[0-9a-f]{8,17}\b|<|x{3,}|\*{3,}|X{3,})").unwrap()
    });
    if INSTANCE_SESSION.is_match(text) {
        promote(candidates, id::IAM_INSTANCE_ROLE);
    }
    // A denial by a registry that is not ECR is about the registry credentials, not IAM.
    static THIRD_PARTY: LazyLock<Regex> =
        LazyLock::new(|| compile("@DOCKER_HUB|@OTHER_REGISTRY").expect("vocabulary compiles"));
    if symptom == Symptom::Denied
        && THIRD_PARTY.is_match(text)
        && !text.to_ascii_lowercase().contains(".dkr.ecr.")
    {
        promote(candidates, id::REGISTRY_AUTH);
    }
    // ECR's own refusal of a registry token past its 12 hours ("denied: Your authorization token
    // has expired. Reauthenticate and try again.", the ECR user guide's troubleshooting of docker
    // commands): the token the pull used, not the role's permissions nor the image.
    if text
        .to_ascii_lowercase()
        .contains("authorization token has expired")
    {
        insert_first(candidates, id::REGISTRY_AUTH);
    }
    // An image of a registry that is not ECR, named by the reference the pull quotes (in the text
    // that decided, or around it: a wrapper's "Failed to pull image \"…\"" names what its inner
    // registry answer is about): ECS pulls it with the container definition's
    // repositoryCredentials, never with an IAM role, so the roles and ECR's repository policy
    // cannot be why it was refused or not found.
    // Only where the family is about the task's image (the agent's pause image is not).
    let about_the_image = candidates
        .iter()
        .any(|c| *c == id::IMAGE_NOT_FOUND || *c == id::REGISTRY_AUTH);
    if matches!(symptom, Symptom::Denied | Symptom::NotFound)
        && about_the_image
        && (pulls_from_another_registry(text) || pulls_from_another_registry(whole))
    {
        candidates.retain(|c| !ECR_ONLY.contains(c));
        if symptom == Symptom::Denied {
            insert_first(candidates, id::REGISTRY_AUTH);
        } else if !candidates.contains(&id::REGISTRY_AUTH) {
            candidates.insert(candidates.len().min(1), id::REGISTRY_AUTH);
        }
    }
    // An AWS host name built from an unset variable (`logs.undefined.amazonaws.com`, a region of
    // `null`) is a task definition to fix (awslogs-region, the image URI), not a network to open;
    // an ECR registry host that is not of ECR's shape (`dkr-ecr`, `us-east1`) is a wrong image.
    static PLACEHOLDER_HOST: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b[a-z0-9.-]*\.(?:undefined|null|none|nil|\$\{[^}]*\})\.amazonaws\.com|MissingEndpoint|MissingRegion|could not find region configuration")
            .unwrap()
    });
    static ECRISH_HOST: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?i)\b([0-9a-z_]+[.-]dkr[.-]ecr[.-][a-z0-9_.-]+)").unwrap());
    static ECR_HOST: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^[0-9]{12}\.dkr\.ecr(?:-fips)?\.[a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]+-[0-9]\.(?:amazonaws\.com(?:\.cn)?|on\.aws)").unwrap()
    });
    if PLACEHOLDER_HOST.is_match(text) {
        insert_first(candidates, id::TASK_CONFIG);
    } else if symptom == Symptom::Dns {
        if let Some(host) = ECRISH_HOST.captures(text).map(|c| c[1].to_string()) {
            if !ECR_HOST.is_match(&host) {
                insert_first(candidates, id::IMAGE_NOT_FOUND);
            }
        }
    }
    // Where an unreachable AWS service name was dialled tells which path it took (`shapes.rs`):
    // a private address means an interface endpoint answered the name, a public one that none
    // did. Not for ECR's S3 layer bucket (S3 gateway endpoints keep public addresses) nor for
    // third-party registries (no endpoint can serve them). A private address decides the order
    // whatever the family's: with the name answered inside the VPC, a missing public IP or NAT
    // route cannot be why (session 19; until then the family's first candidate stayed first, for
    // the corpus's own rewrites that dialled private placeholders under a public-path label).
    if symptom == Symptom::Timeout && !THIRD_PARTY.is_match(text) && !S3_LAYER.is_match(text) {
        if let Some(private) = dialled_address(text) {
            if private {
                // Conservative: the family's first candidate stays first (the corpus rewrites
                // use private placeholder addresses, and a proxy or custom resolver also gives
                // one); the endpoint's and the task's security groups follow it.
                reorder(
                    candidates,
                    shapes::AWS_UNREACHABLE_PRIVATE_ADDRESS.candidates,
                );
            } else {
                reorder(
                    candidates,
                    shapes::AWS_UNREACHABLE_PUBLIC_ADDRESS.candidates,
                );
            }
        }
    }
    // An essential container that exited with a stated code: an OOM kill is a SIGKILL (137), so
    // any other code puts `container.oom` last; code 1 is what an image built for another CPU
    // architecture exits with (`shapes.rs`: EXITED_WITH_CODE_1, KC ecs-task-exec-format-error);
    // 126 and 127 are the shell's "not executable" and "not found", 143 a SIGTERM (`shapes.rs`:
    // EXITED_NOT_EXECUTABLE, EXITED_COMMAND_NOT_FOUND, EXITED_ON_SIGTERM).
    if candidates.first() == Some(&id::CONTAINER_EXIT) {
        if let Some(code) = exit_code(text).or_else(|| sole_exit_code(whole)) {
            if code == 1 {
                reorder(candidates, shapes::EXITED_WITH_CODE_1.candidates);
            } else if code == 126 {
                reorder(candidates, shapes::EXITED_NOT_EXECUTABLE.candidates);
            } else if code == 127 {
                reorder(candidates, shapes::EXITED_COMMAND_NOT_FOUND.candidates);
            } else if code == 143 {
                reorder(candidates, shapes::EXITED_ON_SIGTERM.candidates);
            } else if code != 137 {
                if let Some(i) = candidates.iter().position(|c| *c == id::CONTAINER_OOM) {
                    let oom = candidates.remove(i);
                    candidates.push(oom);
                }
            }
        }
    }
    // Kubernetes worker nodes live in private subnets: a missing route is likelier than a missing
    // public IP, and their pull credentials come from the node (instance) role.
    if KUBELET.is_match(whole) {
        // The kubelet (its ECR credential provider) gets the node's ECR token from
        // ecr:GetAuthorizationToken on the ECR API endpoint; when that endpoint cannot be reached
        // it pulls without credentials, and the registry answers exactly as it does to a node
        // role without the permission: "no basic auth credentials".
        if text
            .to_ascii_lowercase()
            .contains("no basic auth credentials")
            && candidates.first() == Some(&id::IAM_INSTANCE_ROLE)
        {
            candidates.retain(|c| *c != id::NETWORK_ENDPOINT_MISSING);
            candidates.insert(1, id::NETWORK_ENDPOINT_MISSING);
        }
        if let (Some(a), Some(b)) = (
            candidates
                .iter()
                .position(|c| *c == id::NETWORK_NO_PUBLIC_IP),
            candidates.iter().position(|c| *c == id::NETWORK_NO_ROUTE),
        ) {
            if a < b {
                candidates.swap(a, b);
            }
        }
    }
}

/// The IPv4 address of the first `dial tcp A.B.C.D:PORT` in `text`: `Some(true)` when it is
/// private (RFC 1918), `Some(false)` when public, `None` when the text names no address.
fn dialled_address(text: &str) -> Option<bool> {
    static DIAL: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"dial tcp (\d{1,3})\.(\d{1,3})\.\d{1,3}\.\d{1,3}:\d+").unwrap()
    });
    let c = DIAL.captures(text)?;
    let (a, b): (u8, u8) = (c[1].parse().ok()?, c[2].parse().ok()?);
    Some(a == 10 || (a == 172 && (16..=31).contains(&b)) || (a == 192 && b == 168))
}

/// A stated exit code (`Exit code: 1`, `exitCode 137`, `"exitCode": 127`, `exited with code 2`).
static EXIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bexit ?code\W{0,3}(\d{1,3})\b|\bexited with (?:exit )?(?:code )?(\d{1,3})\b")
        .unwrap()
});

/// The exit code an essential container's text states (`Exit code: 1`, `exitCode 137`, `exited
/// with code 2`), if any. A subprocess's `exit status` is not a container's exit code.
fn exit_code(text: &str) -> Option<u32> {
    let c = EXIT.captures(text)?;
    c.get(1).or_else(|| c.get(2))?.as_str().parse().ok()
}

/// The exit code a whole message states when the text that decided names none (a describe-tasks
/// paste whose `stoppedReason` decided and whose `containers[].exitCode` says the code): the one
/// non-zero code it states, when it states no other; else 0 when every stated code is 0.
fn sole_exit_code(whole: &str) -> Option<u32> {
    let mut codes: Vec<u32> = EXIT
        .captures_iter(whole)
        .filter_map(|c| c.get(1).or_else(|| c.get(2))?.as_str().parse().ok())
        .collect();
    codes.sort_unstable();
    codes.dedup();
    match codes.as_slice() {
        [one] => Some(*one),
        [0, one] => Some(*one),
        _ => None,
    }
}

/// Puts the shape's candidates first, in its order, then what the family named besides (the list
/// stays at most five long after `classify` truncates it).
fn reorder(candidates: &mut Vec<&'static str>, shape: &[&'static str]) {
    let rest: Vec<&'static str> = candidates
        .iter()
        .copied()
        .filter(|c| !shape.contains(c))
        .collect();
    candidates.clear();
    candidates.extend_from_slice(shape);
    candidates.extend(rest);
}

/// Causes that concern only images in ECR: the roles that pull from it and its repository policy.
const ECR_ONLY: &[&str] = &[
    id::IAM_EXEC_ROLE_ECR,
    id::ECR_REPO_POLICY,
    id::IAM_INSTANCE_ROLE,
    id::NETWORK_ENDPOINT_POLICY,
];

/// Whether the image the text pulls is in a registry other than ECR (Docker Hub, GHCR, a
/// self-hosted one, or ECR Public, which serves anonymous pulls): the text quotes the reference it
/// pulls — the Docker daemon's "pull access denied for NAME", containerd's "failed to resolve
/// ref(erence) NAME" and "failed to pull and unpack image \"NAME\"", the kubelet's "Failed to pull
/// image \"NAME\"", or a registry URL (`https://HOST/v2/`) — and nothing in it is ECR's: an ECR
/// image's host always holds `dkr.ecr` (or `dkr-ecr`), and a redacted reference says nothing.
fn pulls_from_another_registry(text: &str) -> bool {
    static REFERENCE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(concat!(
            r#"(?i)(?:pull access denied for|failed to resolve ref(?:erence)?|(?:pull and unpack|pull|pulling) image)\s+\\?"?[a-z0-9][\w.:/@-]*"#,
            r"|https?://[a-z0-9][a-z0-9.-]*(?::\d+)?/v2/",
            // containers/image (CRI-O, Podman) names its source as a transport reference.
            r"|\bdocker://[a-z0-9][\w.:/@-]*",
        ))
        .expect("references compile")
    });
    // ECR's, or hidden by the person who pasted it (`<account>`, `***`, `xxxxx.xxx`, `ACCOUNT`).
    static ECR_OR_HIDDEN: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)dkr[.-]ecr|amazonaws\.com|\becr\b|[<*]|xxx|_account|account_?id|(?-i:ACCOUNT|REGION)")
            .expect("ECR compiles")
    });
    REFERENCE.is_match(text) && !ECR_OR_HIDDEN.is_match(&text.replace("public.ecr.aws", ""))
}

/// Puts `id` first, whether or not the family named it (the list stays at most five long).
fn insert_first(candidates: &mut Vec<&'static str>, id: &'static str) {
    candidates.retain(|c| *c != id);
    candidates.insert(0, id);
}

/// Moves `id` to the front when the family already names it.
fn promote(candidates: &mut Vec<&'static str>, id: &'static str) {
    if let Some(i) = candidates.iter().position(|c| *c == id) {
        let c = candidates.remove(i);
        candidates.insert(0, c);
    }
}

/// One reason of a stopped task, with where it came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reason<'a> {
    /// `containers[NAME].reason`, `stoppedReason` or `stopCode`.
    pub source: String,
    pub text: &'a str,
}

/// The classification of a whole stopped task.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TaskClassification {
    /// Which reason decided (`containers[web].reason`, `stoppedReason`, `stopCode`).
    pub source: String,
    /// The text that decided.
    pub message: String,
    #[serde(flatten)]
    pub classification: Classification,
}

/// Classifies a stopped task from all its reasons: the most specific text wins (the family found
/// earliest in [`FAMILIES`]); on a tie container reasons win over `stoppedReason`. `stopCode`
/// decides only when no text is recognised.
///
/// With `stopCode` `UserInitiated`, `stoppedReason` is whatever the person who called StopTask
/// wrote ("restarting after OOM alert"): their words, not an error ECS reports, so it is not
/// read; the stop is expected unless a container's own reason says otherwise.
pub fn classify_task(
    container_reasons: &[(&str, &str)],
    stopped_reason: Option<&str>,
    stop_code: Option<&str>,
) -> TaskClassification {
    let sources: Vec<(String, &str)> = container_reasons
        .iter()
        .map(|(name, text)| (container_source(name), *text))
        .collect();
    classify_reasons(&sources, stopped_reason, stop_code)
}

/// Where a container's reason was read, as a classification names its source.
pub fn container_source(container: &str) -> String {
    format!("containers[{container}].reason")
}

/// [`classify_task`] over reasons named by where they were read (`containers[app].reason`,
/// `attachments[data].statusReason`), then the stopped reason and the stop code.
pub fn classify_reasons(
    reasons: &[(String, &str)],
    stopped_reason: Option<&str>,
    stop_code: Option<&str>,
) -> TaskClassification {
    let stopped_reason = stopped_reason.filter(|_| stop_code != Some("UserInitiated"));
    let mut best: Option<TaskClassification> = None;
    // A reading by shape alone (no family recognised the text) is the last resort: the stop
    // code, when it says something, decides before it.
    let mut by_shape: Option<TaskClassification> = None;
    let texts = reasons
        .iter()
        .map(|(source, text)| (source.clone(), *text))
        .chain(stopped_reason.map(|t| ("stoppedReason".to_string(), t)));
    for (source, text) in texts {
        let c = classify(text);
        if c.is_other() {
            continue;
        }
        let slot = if c.family_id == SHAPE_FAMILY {
            &mut by_shape
        } else {
            &mut best
        };
        if slot.as_ref().is_none_or(|b| c.rank < b.classification.rank) {
            *slot = Some(TaskClassification {
                source,
                message: text.to_string(),
                classification: c,
            });
        }
    }
    if let Some(best) = best {
        return best;
    }
    let by_code = stop_code.and_then(|code| {
        let (family, symptom, id) = match code {
            "SpotInterruption" | "TerminationNotice" => (
                "Spot capacity reclaimed",
                Symptom::Infrastructure,
                id::INFRA_SPOT_OR_HOST,
            ),
            "InfrastructureHealth" => (
                "Stopped for the health of the infrastructure under it",
                Symptom::Infrastructure,
                id::INFRA_SPOT_OR_HOST,
            ),
            "UserInitiated" | "ServiceSchedulerInitiated" => {
                ("Stopped on purpose", Symptom::Expected, id::EXPECTED_STOP)
            }
            "EssentialContainerExited" => (
                "Essential container exited",
                Symptom::Crash,
                id::CONTAINER_EXIT,
            ),
            _ => return None,
        };
        Some(TaskClassification {
            source: "stopCode".into(),
            message: code.to_string(),
            classification: Classification {
                family_id: "stop_code",
                family,
                service: None,
                symptom,
                candidates: vec![id],
                rank: FAMILIES.len(),
            },
        })
    });
    by_code.or(by_shape).unwrap_or_else(|| TaskClassification {
        source: if stopped_reason.is_some() {
            "stoppedReason"
        } else {
            "none"
        }
        .into(),
        message: stopped_reason.unwrap_or_default().to_string(),
        classification: Classification::other(),
    })
}

/// The `classify --format json` object: exactly these four keys (a public contract, also the
/// MCP server's `classify_error` result).
pub fn contract_json(message: &str, c: &Classification) -> serde_json::Value {
    serde_json::json!({
        "message": message,
        "family": c.family,
        "service": c.service.map(|s| s.label()),
        "candidates": c.candidates,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue;

    #[test]
    fn typographic_apostrophes_read_as_ascii_ones_and_double_quotes_stay() {
        assert_eq!(ascii_quotes("agent isn’t running"), "agent isn't running");
        assert_eq!(
            ascii_quotes("may require ‘docker login’"),
            "may require 'docker login'"
        );
        // A wrapper's JSON string keeps its own quotes.
        assert_eq!(
            ascii_quotes("caused “exec format error”"),
            "caused “exec format error”"
        );
        let exec = "The execute command failed because execute command was not enabled when the task was run or the execute command agent isn’t running.";
        assert_eq!(classify(exec).family_id, "ecs.exec");
    }

    #[test]
    fn a_wording_wrapped_mid_sentence_is_read_joined() {
        // A record or a Markdown note wraps where the page ends, not where the runtime's wording
        // does (moby's "image operating system %q cannot be used on this platform").
        let wrapped = "CannotPullContainerError: Error response from daemon: image operating\n  \
                       system \"windows\" cannot be used on this platform";
        let c = classify(wrapped);
        assert_eq!(c.candidates[0], id::IMAGE_PLATFORM_MISMATCH, "{c:?}");
        // Hard breaks stay: after a full stop, or before a capital.
        assert_eq!(
            unwrapped("Task stopped.\nessential"),
            "Task stopped.\nessential"
        );
        assert_eq!(unwrapped("timed out\nCannotPull"), "timed out\nCannotPull");
        assert_eq!(
            unwrapped("does not contain descriptor\nmatching"),
            "does not contain descriptor matching"
        );
    }

    #[test]
    fn every_pattern_compiles_and_names_known_causes() {
        assert_eq!(compiled().len(), FAMILIES.len());
        let mut ids = std::collections::HashSet::new();
        for f in FAMILIES {
            assert!(ids.insert(f.id), "duplicate family id {}", f.id);
            assert!(!f.all.is_empty(), "{} matches everything", f.id);
            assert!(
                !f.candidates.is_empty() && f.candidates.len() <= MAX_CANDIDATES,
                "{}: 1..=5 candidates",
                f.id
            );
            for c in f.candidates {
                assert!(
                    catalogue::cause(c).is_some(),
                    "{} names unknown cause {c}",
                    f.id
                );
            }
        }
        assert!(compile("@NOPE").is_err());
    }

    /// An error's bare name at the end of a text does not outrank the words around it.
    #[test]
    fn a_bare_error_name_gives_way_to_the_words_around_it() {
        // The AWS documentation's SERVICE_DEPLOYMENT_FAILED example (ecs_service_events.html):
        // the circuit breaker's own words, not a container start timeout.
        let c = classify("ECS deployment circuit breaker: task failed to start.");
        assert_eq!(c.family_id, "deployment.circuit_breaker", "{c:?}");
        // An anchor with a reason after it still decides by that reason.
        let c = classify("ECS deployment circuit breaker: Task failed to start - CannotPullContainerError: manifest for app:v2 not found");
        assert_eq!(c.candidates.first(), Some(&id::IMAGE_NOT_FOUND), "{c:?}");
    }

    #[test]
    fn an_image_of_another_registry_is_its_credentials_not_an_iam_role() {
        // distribution/distribution#2369: a self-hosted registry refusing the pull.
        let own = "CannotPullContainerError: Error response from daemon: Get https://dtr.abcddevpoc.com/v2/myservice/manifests/latest: unauthorized: unable to get identity token from client token: invalid_grant: no such account for refresh token: id:";
        let c = classify(own);
        assert_eq!(c.candidates.first(), Some(&id::REGISTRY_AUTH), "{c:?}");
        assert!(!c.candidates.iter().any(|x| ECR_ONLY.contains(x)), "{c:?}");
        // containerd/containerd#11103: the same for a Harbor host, in containerd's words.
        let harbor = "failed to resolve reference \"han.lanharbor.com/lan/tongduncloud/predixy:1.0\": pull access denied, repository does not exist or may require authorization: authorization failed: no basic auth credentials";
        assert_eq!(
            classify(harbor).candidates.first(),
            Some(&id::REGISTRY_AUTH)
        );
        // Docker Hub's implicit host: not found first, its login second, no ECR role.
        let hub = "CannotPullContainerError: Error response from daemon: pull access denied for myorg/private-app, repository does not exist or may require 'docker login': denied: requested access to the resource is denied";
        let c = classify(hub);
        assert_eq!(
            &c.candidates[..2],
            &[id::IMAGE_NOT_FOUND, id::REGISTRY_AUTH]
        );
        assert!(!c.candidates.iter().any(|x| ECR_ONLY.contains(x)), "{c:?}");
        // ECR refusing an expired token: the token, first.
        let expired = "CannotPullContainerError: Error response from daemon: pull access denied for 123456789012.dkr.ecr.us-west-2.amazonaws.com/app, repository does not exist or may require 'docker login': denied: Your authorization token has expired. Reauthenticate and try again.";
        assert_eq!(
            classify(expired).candidates.first(),
            Some(&id::REGISTRY_AUTH)
        );
        // ECR's own host, or one hidden by the person who pasted it, keeps the roles.
        for ecr in [
            "CannotPullContainerError: pull access denied for 123456789012.dkr.ecr.us-east-1.amazonaws.com/app, repository does not exist or may require 'docker login'",
            "CannotPullContainerError: inspect image has been retried 1 time(s): failed to resolve ref \"xxxxx.xxx\": unexpected status code [manifests 6981141]: 403 Forbidden",
        ] {
            assert!(classify(ecr).candidates.contains(&id::IAM_EXEC_ROLE_ECR), "{ecr}");
        }
    }

    #[test]
    fn empty_and_unknown_text_is_other() {
        assert_eq!(classify("").candidates, vec!["other"]);
        assert_eq!(classify("   ").family_id, "other");
        assert_eq!(classify("the quick brown fox").candidates, vec!["other"]);
    }

    #[test]
    fn huge_and_multibyte_input_is_clipped_safely() {
        let text = "é".repeat(MAX_TEXT) + " i/o timeout";
        let c = classify(&text);
        assert!(c.is_other(), "text past the cap is not read");
        assert_eq!(clip("aé", 2), "a");
    }

    #[test]
    fn cross_account_denial_blames_the_repository_policy() {
        let same = "denied: User: arn:aws:sts::111122223333:assumed-role/exec/x is not authorized to perform: \
                    ecr:BatchGetImage on resource: arn:aws:ecr:us-east-1:111122223333:repository/app";
        let cross = same.replace("us-east-1:111122223333", "us-east-1:444455556666");
        assert_eq!(classify(same).candidates[0], id::IAM_EXEC_ROLE_ECR);
        assert_eq!(classify(&cross).candidates[0], id::ECR_REPO_POLICY);
    }

    #[test]
    fn the_more_specific_reason_wins() {
        let t = classify_task(
            &[(
                "app",
                "OutOfMemoryError: Container killed due to memory usage",
            )],
            Some("Essential container in task exited"),
            Some("EssentialContainerExited"),
        );
        assert_eq!(t.source, "containers[app].reason");
        assert_eq!(t.classification.candidates[0], id::CONTAINER_OOM);

        let t = classify_task(
            &[("app", "")],
            Some("Task stopped by user"),
            Some("UserInitiated"),
        );
        assert_eq!(t.classification.candidates, vec![id::EXPECTED_STOP]);

        let t = classify_task(&[], None, Some("SpotInterruption"));
        assert_eq!(
            (t.source.as_str(), t.classification.candidates[0]),
            ("stopCode", id::INFRA_SPOT_OR_HOST)
        );
        // The ECS API model's newer stop code (2025).
        let t = classify_task(&[], None, Some("InfrastructureHealth"));
        assert_eq!(t.classification.candidates[0], id::INFRA_SPOT_OR_HOST);

        let t = classify_task(&[], None, None);
        assert!(t.classification.is_other());
    }

    #[test]
    fn a_wrapper_is_read_as_the_wording_it_wraps() {
        // Step Functions ecs:runTask.sync cause: the ENI attachment is framing, the reason decides.
        let sfn = r#"{"Attachments":[{"Type":"eni","Details":[{"Name":"networkInterfaceId","Value":"eni-0a1b"}]}],"Containers":[{"Reason":"OutOfMemoryError: Container killed due to memory usage"}],"StoppedReason":"Essential container in task exited"}"#;
        assert_eq!(classify(sfn).candidates[0], id::CONTAINER_OOM);
        // A JSON string inside a CloudFormation message, escaped.
        let cfn = r#"Resource handler returned message: "{"StoppedReason":"CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref 111122223333.dkr.ecr.us-east-1.amazonaws.com/app:v9: not found"}" (RequestToken: 4b7c, HandlerErrorCode: GeneralServiceException)"#;
        assert_eq!(classify(cfn).candidates[0], id::IMAGE_NOT_FOUND);
        // An unknown wrapper whose words name other families ("timed out", "deployment").
        let tool =
            "deployment timed out after 10m0s: task 0f1e stopped: CannotPullContainerError: \
                    pull image manifest has been retried 5 time(s): failed to resolve ref \
                    docker.io/library/app:v9: docker.io/library/app:v9: not found";
        assert_eq!(classify(tool).candidates[0], id::IMAGE_NOT_FOUND);
        // A transparent wrapper around nothing known is not read by its own words.
        let unknown = r#"{"Attachments":[{"Type":"eni"}],"StoppedReason":"The flux capacitor is out of alignment"}"#;
        assert!(classify(unknown).is_other());
        // An ENI id is not an ENI failure.
        assert!(classify(
            "task arn:aws:ecs:us-east-1:111122223333:task/c/0f1e (eni-0f1e2d3c) stopped"
        )
        .is_other());
    }

    #[test]
    fn every_ambiguous_shape_names_three_known_causes_and_its_source() {
        for s in shapes::AMBIGUOUS {
            assert!(
                (3..=MAX_CANDIDATES).contains(&s.candidates.len()),
                "{}: 3..=5 candidates",
                s.what
            );
            assert!(
                ["seed", "KC", ".html"].iter().any(|k| s.source.contains(k)),
                "{}: no source",
                s.what
            );
            for c in s.candidates {
                assert!(
                    catalogue::cause(c).is_some(),
                    "{} names unknown {c}",
                    s.what
                );
            }
        }
    }

    #[test]
    fn service_events_and_container_create_follow_their_pages() {
        // service-throttle-logic.html: not an exit after RUNNING, not an ELB health check.
        let c = classify("(service web) is unable to consistently start tasks successfully.");
        assert_eq!(c.family_id, "service.start_throttled");
        assert_eq!(c.candidates.first(), Some(&id::CAPACITY_PLACEMENT));
        assert!(!c.candidates.contains(&id::CONTAINER_EXIT));
        // KC ecs-troubleshoot-deployment-failures: the circuit breaker's service event.
        let c = classify(
            "(service web) (deployment ecs-svc/123) deployment failed: tasks failed to start.",
        );
        assert_eq!(c.family_id, "deployment.circuit_breaker");
        assert_eq!(c.candidates.first(), Some(&id::HEALTH_CONTAINER));
        // A container the runtime could not create: no network path, whatever deadline it names.
        let c = classify("CannotCreateContainerError: context deadline exceeded");
        assert_eq!(c.family_id, "container.create");
        assert!(!c.candidates.contains(&id::NETWORK_NO_PUBLIC_IP));
    }

    #[test]
    fn the_how_and_the_exit_code_are_read_before_the_network() {
        // Go's net/http refuses a URL without a scheme before dialling: not a network path.
        let c = classify("operation error ECR: GetAuthorizationToken, request send failed, Post \"/api.ecr.us-east-1.amazonaws.com\": unsupported protocol scheme \"\"");
        assert_eq!(c.family_id, "request.bad_url");
        // The agent's pause image is never the task's image.
        let c =
            classify("CannotPullContainerError: pull access denied for amazon/amazon-ecs-pause");
        assert_eq!(c.candidates, shapes::AGENT_PAUSE_IMAGE.candidates);
        // A stated exit code other than 137 is no OOM kill; 1 is the exec-format exit.
        let c = classify("Essential container in task exited. Exit code: 1");
        assert_eq!(c.candidates, shapes::EXITED_WITH_CODE_1.candidates);
        let c = classify("Essential container in task exited. Exit code: 2");
        assert_eq!(c.candidates.last(), Some(&id::CONTAINER_OOM));
        let c = classify("Essential container in task exited. Exit code: 137");
        assert_eq!(c.candidates[1], id::CONTAINER_OOM);
        assert_eq!(exit_code("exit status 1"), None);
    }

    #[test]
    fn the_agent_dependency_graph_and_the_shell_exit_codes_name_their_cause() {
        // agent/engine/dependencygraph/graph.go: a dependency the task does not have is its
        // definition, not an image that does not exist; a timed-out dependency had started, so
        // no network path is in question, whatever registry its image names.
        let c = classify("CannotStartContainerError: dependency graph: container ordering dependency [<nil>] for target [app(111122223333.dkr.ecr.us-east-1.amazonaws.com/app:v9) (PULLED->RUNNING)] does not exist.");
        assert_eq!(c.candidates.first(), Some(&id::TASK_CONFIG));
        let c = classify("CannotStartContainerError: dependency graph: container ordering dependency [envoy(111122223333.dkr.ecr.us-east-1.amazonaws.com/envoy:v1) (RUNNING->RUNNING)] for target [app(nginx) (PULLED->RUNNING)] has timed out.");
        assert_eq!(c.candidates, shapes::DEPENDENCY_TIMED_OUT.candidates);
        let failed = "dependency graph: failed to resolve container ordering dependency [init(busybox) (STOPPED->STOPPED) - Exit: 1] for target [app(nginx) (PULLED->RUNNING)] as dependency did not exit successfully.";
        assert_eq!(classify(failed).candidates[0], id::CONTAINER_EXIT);
        let agent = failed.replace("Exit: 1", "Exit: 0");
        assert_eq!(classify(&agent).candidates[0], id::INFRA_SPOT_OR_HOST);
        // The shells' 126 and 127, a SIGTERM's 143; also from a describe-tasks paste.
        let c = classify("Essential container in task exited. Exit code: 126");
        assert_eq!(c.candidates, shapes::EXITED_NOT_EXECUTABLE.candidates);
        let c = classify(
            r#"{"containers":[{"name":"app","exitCode":127}],"stoppedReason":"Essential container in task exited"}"#,
        );
        assert_eq!(c.candidates, shapes::EXITED_COMMAND_NOT_FOUND.candidates);
        let c = classify("Essential container in task exited. Exit code: 143");
        assert_eq!(c.candidates, shapes::EXITED_ON_SIGTERM.candidates);
        assert_eq!(
            sole_exit_code(r#""exitCode": 0, "exitCode": 1, "exitCode": 2"#),
            None
        );
        assert_eq!(
            sole_exit_code(r#""exitCode": 0, "exitCode": 127"#),
            Some(127)
        );
        // A shell's "not found" is a program the image lacks, not an image.
        let c = classify("/entrypoint.sh: line 104: exec: fail2ban-server: not found");
        assert_eq!(c.family_id, "shell.not_found");
        // The agent's own failures on the host.
        for t in [
            "CannotStartContainerError: startContainer: cni plugin invocation failed: add network failed",
            "TaskStateError: Agent could not progress task's state to stopped",
            "NoSuchContainerError: Container not found: 0f1e",
        ] {
            assert_eq!(classify(t).candidates[0], id::INFRA_SPOT_OR_HOST, "{t}");
        }
    }

    #[test]
    fn the_dialled_address_tells_the_path() {
        let public = "ResourceInitializationError: unable to pull secrets or registry auth: \
                      unable to retrieve ecr registry auth: RequestError: send request failed caused by: \
                      Post \"https://api.ecr.us-west-2.amazonaws.com/\": dial tcp 34.223.27.76:443: i/o timeout";
        let c = classify(public);
        assert_eq!(
            &c.candidates[..3],
            shapes::AWS_UNREACHABLE_PUBLIC_ADDRESS.candidates[..3].as_ref()
        );
        let private = public.replace("34.223.27.76", "10.0.1.23");
        assert_eq!(classify(&private).candidates[1], id::NETWORK_ENDPOINT_SG);
        assert_eq!(dialled_address("dial tcp 172.31.0.2:53"), Some(true));
        assert_eq!(dialled_address("dial tcp 172.32.0.2:53"), Some(false));
        assert_eq!(dialled_address("i/o timeout"), None);
    }

    #[test]
    fn deploy_tools_are_read_as_the_reason_they_print() {
        // Pulumi's AWS provider (format of its diagnostics; rewrite with sample values).
        let pulumi = "  aws:ecs:Service (web):\n    error: 1 error occurred:\n    \t* creating urn:pulumi:dev::app::aws:ecs/service:Service::web: 1 error occurred:\n    \t* waiting for ECS Service (arn:aws:ecs:us-east-1:111122223333:service/c/web) create: timeout while waiting for state to become 'tfSTABLE' (last state: 'tfPENDING', timeout: 20m0s)\n";
        assert_eq!(classify(pulumi).family_id, "service.not_stable");
        let pulumi_sdk = "sdk-v2/provider2.go:509: sdk.helper_schema: creating ECS Service (web): InvalidParameterException: The target group with targetGroupArn arn:aws:elasticloadbalancing:us-east-1:111122223333:targetgroup/web/73e2 does not have an associated load balancer.: provider=aws@7.5.0";
        assert_eq!(classify(pulumi_sdk).family_id, "elb.no_load_balancer");
        // AWS Copilot: two reasons; the more specific one decides.
        let copilot = "  ✘ Latest 2 tasks stopped reason\n    - [0f1e2d3c]: Essential container in task exited\n    - [4b5a6978]: CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref 111122223333.dkr.ecr.us-east-1.amazonaws.com/app:v9: not found\n\n  Troubleshoot task stopped reason";
        assert_eq!(classify(copilot).candidates[0], id::IMAGE_NOT_FOUND);
        // aws-actions/amazon-ecs-deploy-task-definition: the framing alone names nothing.
        assert!(
            classify("Error: Run task failed: [\"The flux capacitor is out of alignment\"]")
                .is_other()
        );
        assert_eq!(
            classify("Error: Deployment ecs-svc/4417538310285417399 FAILED: ECS deployment circuit breaker: tasks failed to start.").family_id,
            "deployment.circuit_breaker"
        );
    }

    #[test]
    fn a_text_no_family_reads_is_read_by_its_shape() {
        // A service and a denial that no family's words name: the service's row in the table.
        let ecr = classify("111122223333.dkr.ecr.us-east-1.amazonaws.com/app:v9: not allowed");
        assert_eq!(ecr.family_id, "shape");
        assert_eq!(ecr.candidates, shapes::ECR_DENIED.candidates);
        assert!(!ecr.is_other());
        let hub = classify("registry-1.docker.io/library/app:v9: ExpiredToken");
        assert_eq!(hub.candidates, shapes::REGISTRY_DENIED.candidates);
        // Every pair with a row reads as that row; a timeout falls back to any AWS service.
        assert_eq!(
            shapes::for_service(Service::Kms, shapes::How::Unreachable).map(|s| s.candidates),
            Some(shapes::AWS_UNREACHABLE.candidates)
        );
        assert!(shapes::for_service(Service::Kms, shapes::How::Denied).is_none());
        // No service, or no "how": still `other`.
        assert!(classify("ExpiredToken").is_other());
        assert!(classify("registry-1.docker.io/library/app:v9").is_other());
        // A transparent wrapper's framing is not read for the service.
        assert!(classify(r#"{"Attachments":[{"Type":"eni"}],"StoppedReason":"The flux capacitor is out of alignment: ecr"}"#).is_other());
    }

    #[test]
    fn the_runtimes_and_registries_own_wordings_name_their_cause() {
        // Each text is a format string of where the wording is defined, filled with sample values
        // (NOTES of the runtime-words helper lists file and line).
        let runc = "failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: ";
        let first = |t: &str| classify(t).candidates[0];
        // distribution registry/api/errcode/register.go: the codes of a missing blob or repository.
        assert_eq!(
            first("blob unknown: blob unknown to registry"),
            id::IMAGE_NOT_FOUND
        );
        assert_eq!(
            first("manifest blob unknown: blob unknown to registry"),
            id::IMAGE_NOT_FOUND
        );
        assert_eq!(
            first("name unknown: repository name not known to registry"),
            id::IMAGE_NOT_FOUND
        );
        assert_eq!(
            first("name invalid: invalid repository name"),
            id::IMAGE_NOT_FOUND
        );
        // moby's vendored docker/distribution ErrBlobUnknown inside imageConfigPullError.
        assert_eq!(
            first(
                "error pulling image configuration: download failed after attempts=6: unknown blob"
            ),
            id::IMAGE_NOT_FOUND
        );
        // distribution/reference: the reference grammar's errors.
        assert_eq!(
            first("Error response from daemon: invalid tag format"),
            id::IMAGE_NOT_FOUND
        );
        // A schema 1 image or an artifact that is no container image (moby, containerd).
        for t in [
            "Error response from daemon: [DEPRECATION NOTICE] Docker Image Format v1 and Docker Image manifest version 2, schema 1 support is disabled by default and will be removed in an upcoming release. Suggest the author of docker.io/acme/app:v9 to upgrade the image to the OCI Format or Docker Image manifest v2, schema 2.",
            "Docker Image Format v1 and Docker Image manifest version 2, schema 1 support has been removed.",
            "failed to pull and unpack image \"docker.io/acme/app:v9\": media-type: schema 1 not supported",
            "Error response from daemon: unsupported media type application/vnd.cncf.helm.config.v1+json",
            "Error response from daemon: Encountered remote \"application/vnd.cncf.helm.config.v1+json\"(unknown) when fetching",
        ] {
            let c = classify(t);
            assert_eq!((c.family_id, c.candidates[0]), ("image.format", id::IMAGE_NOT_FOUND), "{t}");
        }
        // A layer is registered only after its download was verified: the host's disk, never the
        // network, whatever the inner words (moby xfer/download.go, containerd unpacker.go).
        let c = classify("Error response from daemon: failed to register layer: Error processing tar file(exit status 1): unexpected EOF");
        assert_eq!(c.family_id, "pull.register_layer");
        assert!(!c.candidates.contains(&id::NETWORK_NO_PUBLIC_IP));
        assert_eq!(
            first("failed to register layer: write /var/lib/docker/overlay2/77/diff/usr/lib/x.so: disk quota exceeded"),
            id::STORAGE_EPHEMERAL
        );
        // The memory limit too low for the runtime to start the container (runc, cgroups, crun):
        // not the command, which never ran.
        for t in [
            format!("{runc}container init was OOM-killed (memory limit too low?): unknown"),
            "OCI runtime exec failed: exec failed: unable to start container process: error executing setns process: exit status 1 (possibly OOM-killed): unknown".to_string(),
            format!("{runc}error during container init: error setting cgroup config for procHooks process: unable to set memory limit to 4194304 (current usage: 5115904, peak usage: 5439488): unknown"),
            "setting cgroup config for procHooks process caused: failed to write \"6291456\" to \"/sys/fs/cgroup/memory/ecs/4d1f/memory.limit_in_bytes\": write /sys/fs/cgroup/memory/ecs/4d1f/memory.limit_in_bytes: device or resource busy".to_string(),
            "Error: OCI runtime error: crun: OOM: the memory limit could be too low".to_string(),
        ] {
            let c = classify(&t);
            assert_eq!((c.family_id, c.candidates[0]), ("container.memory_limit", id::CONTAINER_OOM), "{t}");
            assert!(!c.candidates.contains(&id::CONTAINER_COMMAND));
        }
        // runc's init-time settings: the working directory and the ulimits of the task definition.
        assert_eq!(
            first(&format!("{runc}error during container init: chdir to cwd (\"/srv/app\") set in config.json failed: no such file or directory: unknown")),
            id::TASK_CONFIG
        );
        assert_eq!(
            first(&format!("{runc}error during container init: error setting rlimit type 7: operation not permitted: unknown")),
            id::TASK_CONFIG
        );
        // crun's and podman's wordings of a command that cannot be run.
        for t in [
            "Error: crun: executable file `gunicorn` not found in $PATH: No such file or directory: OCI runtime attempted to invoke a command that was not found",
            "Error: executable file `/docker-entrypoint.sh` not found in $PATH: No such file or directory: OCI not found",
            "Error: open executable: Permission denied: OCI permission denied",
        ] {
            assert_eq!(first(t), id::CONTAINER_COMMAND, "{t}");
        }
        // ENOEXEC: another architecture first, then a script without an interpreter line.
        let c = classify("exec /app/entrypoint.sh: exec format error");
        assert_eq!(
            &c.candidates[..2],
            &[id::IMAGE_PLATFORM_MISMATCH, id::CONTAINER_COMMAND]
        );
        // TLS failed before any answer: no network path of the catalogue, named as such.
        for t in [
            "Error response from daemon: Get \"https://registry.acme.internal/v2/\": tls: failed to verify certificate: x509: certificate signed by unknown authority",
            "Error response from daemon: Get \"https://registry.acme.internal/v2/\": x509: certificate is valid for *.acme.com, not registry.acme.internal",
            "Error response from daemon: Get \"https://registry.acme.internal:5000/v2/\": http: server gave HTTP response to HTTPS client",
        ] {
            let c = classify(t);
            assert_eq!((c.family_id, c.candidates.as_slice()), ("registry.tls", ["other"].as_slice()), "{t}");
        }
        // A registry's 5xx as distribution's client prints it is the registry's own failure.
        assert_eq!(
            first("received unexpected HTTP status: 500 Internal Server Error"),
            id::INFRA_SPOT_OR_HOST
        );
    }

    #[test]
    fn many_inner_texts_stay_cheap() {
        let text = r#"{"reason":"x"},"#.repeat(2_000);
        let start = std::time::Instant::now();
        let _ = classify(&text);
        assert!(start.elapsed() < std::time::Duration::from_secs(5));
    }
}
