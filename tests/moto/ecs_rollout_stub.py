#!/usr/bin/env python3
"""A stand-in for the Amazon ECS JSON API that replays one service deployment.

It speaks the awsJson1.1 protocol (POST /, X-Amz-Target:
AmazonEC2ContainerServiceV20141113.<Operation>, Content-Type
application/x-amz-json-1.1) on 127.0.0.1 only, and answers, for ONE cluster
and ONE service, from a scripted timeline:

    DescribeServices, ListTasks, DescribeTasks, DescribeTaskDefinition,
    ListServiceDeployments, DescribeServiceDeployments,
    DescribeServiceRevisions, DescribeClusters

Every other request (other ECS operations, other clusters, EC2, IAM, ECR, ...)
is forwarded byte for byte to --upstream (a moto_server on loopback); without
--upstream it is answered with an error.

Shapes, wordings and their sources: SHAPES.md next to this file.

TIME. The timeline advances in ticks.
  --clock calls (default): one tick per DescribeServices call answered (a
      throttled call does not count). The first call sees tick 0, the second
      tick 1, and so on. Deterministic: a test can count polls.
  --clock wall: tick = floor((now - start) / --tick-seconds). With the
      default 0.5 s a whole rollout (about 6 ticks) takes about 3 s.
Only DescribeServices advances the clock in "calls" mode; every other
operation reads the state at the current tick.

SCENARIOS (--scenario):
  completes            new revision reaches COMPLETED at tick --complete-after
  pull_fails_rollback  new tasks stop with CannotPullContainerError, failedTasks
                       reaches the circuit breaker threshold, the service rolls
                       back to the previous revision (or, with --no-rollback,
                       the deployment is left FAILED)
  crash_at_start       new tasks reach RUNNING, the essential container exits 1
                       one tick later; same circuit breaker path
  never_places         EC2 service; no task is ever placed; the service event
                       "unable to place a task ..." is written; IN_PROGRESS forever
  timeout              one new task runs, the second never starts; IN_PROGRESS
                       forever, no failure
  throttle             as `completes`, but every 3rd DescribeServices request
                       answers HTTP 400 {"__type":"ThrottlingException",...}
  ebs_attach_fails     the new revision has an Amazon EBS volume configured at launch
                       (`data`, infrastructure role --ebs-role); ECS cannot assume the
                       role, so each new task's EBS attachment ends FAILED with the
                       ECS Developer Guide's statusReason and the task stops
                       (TaskFailedToStart); same circuit breaker path

LOG. --log FILE appends one JSON object per request:
  {"seq", "ts", "target", "handled": "stub"|"upstream"|"throttled"|"error",
   "status", "tick", "cluster", "services"/"tasks"/...}

Control (plain HTTP GET, not AWS): GET /__stub/state returns the scenario,
tick and call counts as JSON.

Python 3 standard library only.
"""

import argparse
import hashlib
import http.client
import http.server
import ipaddress
import json
import math
import socket
import sys
import threading
import time
import urllib.parse

TARGET_PREFIX = "AmazonEC2ContainerServiceV20141113."
JSON_CT = "application/x-amz-json-1.1"

SCENARIOS = ("completes", "pull_fails_rollback", "crash_at_start",
             "never_places", "timeout", "throttle", "ebs_attach_fails")

# --------------------------------------------------------------------------
# Real wordings (see SHAPES.md for the source of each)
# --------------------------------------------------------------------------


def ev_started(svc, task_ids):
    return "(service %s) has started %d tasks: %s." % (
        svc, len(task_ids), " ".join("(task %s)" % t for t in task_ids))


def ev_stopped(svc, task_ids):
    return "(service %s) has stopped %d running tasks: %s." % (
        svc, len(task_ids), " ".join("(task %s)" % t for t in task_ids))


def ev_steady(svc):
    return "(service %s) has reached a steady state." % svc


def ev_deployment_completed(svc, dep_id):
    return "(service %s) (deployment %s) deployment completed." % (svc, dep_id)


def ev_deployment_failed(svc, dep_id):
    return "(service %s) (deployment %s) deployment failed: tasks failed to start." % (svc, dep_id)


def ev_rolling_back(svc, dep_id):
    return "(service %s) rolling back to deployment %s." % (svc, dep_id)


def ev_unable_to_place(svc, ci_id):
    return ("(service %s) was unable to place a task because no container instance met all "
            "of its requirements. The closest matching (container-instance %s) has "
            "insufficient memory available. For more information, see the Troubleshooting "
            "section of the Amazon ECS Developer Guide." % (svc, ci_id))


def ev_unable_no_instances(svc):
    return ("(service %s) was unable to place a task because no container instance met all "
            "of its requirements. Reason: No Container Instances were found in your cluster. "
            "For more information, see the Troubleshooting section of the Amazon ECS "
            "Developer Guide." % svc)


def reason_in_progress(dep_id):
    return "ECS deployment %s in progress." % dep_id


def reason_completed(dep_id):
    return "ECS deployment %s completed." % dep_id


REASON_CB_FAILED = "ECS deployment circuit breaker: tasks failed to start."


def reason_rolling_back(dep_id):
    return "ECS deployment circuit breaker: rolling back to deploymentId %s." % dep_id


def cannot_pull_reason(image):
    return ("CannotPullContainerError: pull image manifest has been retried 5 time(s): "
            "failed to resolve ref %s: %s: not found" % (image, image))


STOPPED_REASON_EXIT = "Essential container in task exited"


def ebs_role_not_assumed(role_arn):
    """The attachment's statusReason when ECS cannot assume the infrastructure role: ECS
    Developer Guide, "Troubleshooting Amazon EBS volume attachments to Amazon ECS tasks"
    (troubleshoot-ebs-volumes-scenarios.html). The guide gives no stoppedReason for the task
    that follows, so the stand-in writes none."""
    return ("ECS was unable to assume the configured ECS Infrastructure Role '%s'. Please verify "
            "that the role being passed has the proper trust relationship with Amazon ECS" % role_arn)


def scale_in_reason(dep_id):
    return "Scaling activity initiated by (deployment %s)" % dep_id


def circuit_breaker_threshold(desired, ttype="BOUNDED_PERCENT", value=50):
    """Threshold in force (ThresholdType docs): BOUNDED_PERCENT clamps
    ceil(value% * desired) to [3, 200]; UNBOUNDED_PERCENT does not clamp;
    COUNT uses value as is. Default BOUNDED_PERCENT 50."""
    if ttype == "COUNT":
        return value
    raw = math.ceil(desired * value / 100.0)
    if ttype == "UNBOUNDED_PERCENT":
        return raw
    return min(max(raw, 3), 200)


# --------------------------------------------------------------------------
# The simulated world
# --------------------------------------------------------------------------


class World:
    def __init__(self, a):
        self.a = a
        self.scenario = a.scenario
        self.region, self.account = a.region, a.account
        self.cluster, self.service = a.cluster, a.service
        self.start = time.time()
        self.cluster_arn = "arn:aws:ecs:%s:%s:cluster/%s" % (self.region, self.account, self.cluster)
        self.service_arn = "arn:aws:ecs:%s:%s:service/%s/%s" % (
            self.region, self.account, self.cluster, self.service)
        self.family = a.family
        self.td_old = self.td_arn(a.old_revision)
        self.td_new = self.td_arn(a.old_revision + 1)
        self.launch = "EC2" if self.scenario == "never_places" else "FARGATE"
        # The new revision's EBS volume and the role ECS manages it with (ebs_attach_fails).
        self.ebs_role = (a.ebs_role or "arn:aws:iam::%s:role/ecsInfrastructureRole" % a.account) \
            if self.scenario == "ebs_attach_fails" else None
        self.desired = a.desired
        self.rollback = a.rollback
        self.threshold = circuit_breaker_threshold(self.desired)
        self._n = 0
        self.dep_old = self.dep_id("old")
        self.dep_new = self.dep_id("new")
        self.dep_rb = self.dep_id("rollback")
        self.rev_old = self.rev_arn("old")
        self.rev_new = self.rev_arn("new")
        self.sd_old = self.sd_arn("old")
        self.sd_new = self.sd_arn("new")
        self.ci_id = self.hexid("container-instance")[:8] + "-" + self.hexid("ci2")[:4] + "-4" + \
            self.hexid("ci3")[:3] + "-a" + self.hexid("ci4")[:3] + "-" + self.hexid("ci5")[:12]
        self.tick = -1            # last tick applied
        self.calls = {}           # target -> count
        self.ds_calls = 0         # DescribeServices calls answered (clock in calls mode)
        self.ds_seen = 0          # DescribeServices requests received (for throttling)
        self.lock = threading.RLock()
        self._init_state()

    # ---- identifiers -----------------------------------------------------
    def hexid(self, salt):
        return hashlib.sha256(("%s/%s/%s" % (self.scenario, self.service, salt)).encode()).hexdigest()[:32]

    def digits(self, salt, n=19):
        h = int(hashlib.sha256(("%s/%s" % (self.service, salt)).encode()).hexdigest(), 16)
        return str(h)[:n]

    def dep_id(self, salt):
        return "ecs-svc/" + self.digits("dep-" + salt)

    def rev_arn(self, salt):
        return "arn:aws:ecs:%s:%s:service-revision/%s/%s/%s" % (
            self.region, self.account, self.cluster, self.service, self.digits("rev-" + salt))

    def sd_arn(self, salt):
        import base64
        raw = hashlib.sha256(("sd-" + salt + self.service).encode()).digest()[:16]
        sid = base64.urlsafe_b64encode(raw).decode().rstrip("=")[:21]
        return "arn:aws:ecs:%s:%s:service-deployment/%s/%s/%s" % (
            self.region, self.account, self.cluster, self.service, sid)

    def td_arn(self, rev):
        return "arn:aws:ecs:%s:%s:task-definition/%s:%d" % (self.region, self.account, self.family, rev)

    def task_arn(self, tid):
        return "arn:aws:ecs:%s:%s:task/%s/%s" % (self.region, self.account, self.cluster, tid)

    def image(self, td):
        tag = "v%s" % td.rsplit(":", 1)[1]
        return "%s.dkr.ecr.%s.amazonaws.com/%s:%s" % (self.account, self.region, self.family, tag)

    # ---- clock -------------------------------------------------------------
    def time_of(self, tick):
        if self.a.clock == "wall":
            return round(self.start + tick * self.a.tick_seconds, 3)
        return round(max(time.time(), self.start + tick * 0.001), 3)

    def current_tick(self):
        if self.a.clock == "wall":
            return int((time.time() - self.start) / self.a.tick_seconds)
        return self.ds_calls - 1

    def advance(self):
        target = self.current_tick()
        while self.tick < target:
            self.tick += 1
            self._step(self.tick, self.time_of(self.tick))

    # ---- state -------------------------------------------------------------
    def _init_state(self):
        t0 = round(self.start, 3)
        old_created = round(t0 - 86400, 3)
        self.events = []   # newest first
        self.tasks = {}    # id -> task dict
        self.task_order = []
        self.event_seq = 0
        self.add_event(old_created + 300, ev_steady(self.service))
        self.add_event(old_created + 299, ev_deployment_completed(self.service, self.dep_old))
        # old, completed deployment and its running tasks
        self.deps = {
            self.dep_old: dict(id=self.dep_old, status="ACTIVE", taskDefinition=self.td_old,
                               desiredCount=self.desired, pendingCount=0,
                               runningCount=self.desired, failedTasks=0, createdAt=old_created,
                               updatedAt=old_created + 299, rolloutState="COMPLETED",
                               rolloutStateReason=reason_completed(self.dep_old)),
            self.dep_new: dict(id=self.dep_new, status="PRIMARY", taskDefinition=self.td_new,
                               desiredCount=self.desired, pendingCount=0, runningCount=0,
                               failedTasks=0, createdAt=t0 - 1, updatedAt=t0 - 1,
                               rolloutState="IN_PROGRESS",
                               rolloutStateReason=reason_in_progress(self.dep_new)),
        }
        self.dep_order = [self.dep_new, self.dep_old]
        self.old_running = []
        for i in range(self.desired):
            tid = self.new_task(self.dep_old, self.td_old, old_created + 10 + i)
            self.run_task(tid, old_created + 60 + i)
            self.old_running.append(tid)
        self.new_running = []
        self.service_td = self.td_new
        self.sds = {
            self.sd_old: dict(serviceDeploymentArn=self.sd_old, serviceArn=self.service_arn,
                              clusterArn=self.cluster_arn, createdAt=old_created,
                              startedAt=old_created, finishedAt=old_created + 299,
                              updatedAt=old_created + 299, sourceServiceRevisions=[],
                              targetServiceRevision=dict(arn=self.rev_old, requestedTaskCount=self.desired,
                                                         runningTaskCount=self.desired, pendingTaskCount=0),
                              status="SUCCESSFUL", statusReason="Service deployment succeeded.",
                              deploymentConfiguration=self.deployment_configuration(),
                              deploymentCircuitBreaker=dict(status="MONITORING_COMPLETE", failureCount=0,
                                                            threshold=self.threshold)),
            self.sd_new: dict(serviceDeploymentArn=self.sd_new, serviceArn=self.service_arn,
                              clusterArn=self.cluster_arn, createdAt=t0 - 1, startedAt=t0 - 1,
                              updatedAt=t0 - 1,
                              sourceServiceRevisions=[dict(arn=self.rev_old, requestedTaskCount=self.desired,
                                                           runningTaskCount=self.desired, pendingTaskCount=0)],
                              targetServiceRevision=dict(arn=self.rev_new, requestedTaskCount=self.desired,
                                                         runningTaskCount=0, pendingTaskCount=0),
                              status="IN_PROGRESS", statusReason=reason_in_progress(self.dep_new),
                              deploymentConfiguration=self.deployment_configuration(),
                              deploymentCircuitBreaker=dict(status="MONITORING", failureCount=0,
                                                            threshold=self.threshold)),
        }
        self.sd_order = [self.sd_new, self.sd_old]
        self.revisions = {
            self.rev_old: (self.td_old, old_created),
            self.rev_new: (self.td_new, t0 - 1),
        }
        self.failed_ids = []
        self.pending_new = None     # task id started, to be stopped next tick (failure scenarios)
        self.done = False

    def deployment_configuration(self):
        return dict(deploymentCircuitBreaker=dict(enable=True, rollback=self.rollback),
                    maximumPercent=200, minimumHealthyPercent=100, strategy="ROLLING")

    def add_event(self, ts, msg):
        self.event_seq += 1
        eid = hashlib.sha256(("ev%d%s" % (self.event_seq, msg)).encode()).hexdigest()
        eid = "%s-%s-%s-%s-%s" % (eid[:8], eid[8:12], eid[12:16], eid[16:20], eid[20:32])
        self.events.insert(0, dict(id=eid, createdAt=ts, message=msg))
        self.events.sort(key=lambda e: -e["createdAt"])   # newest first (stable)
        del self.events[100:]

    def new_task(self, dep_id, td, ts):
        self._n += 1
        tid = self.hexid("task-%d" % self._n)
        c = dict(containerArn="arn:aws:ecs:%s:%s:container/%s/%s/%s" % (
                     self.region, self.account, self.cluster, tid, self.hexid("c%d" % self._n)[:8] + "-0000-4000-8000-" + self.hexid("cc%d" % self._n)[:12]),
                 taskArn=self.task_arn(tid), name=self.family, image=self.image(td),
                 lastStatus="PENDING", networkBindings=[], healthStatus="UNKNOWN",
                 cpu="0", memory="512")
        if self.launch == "FARGATE":
            c["networkInterfaces"] = [dict(attachmentId=self.hexid("att%d" % self._n)[:8] + "-1111-2222-3333-" + self.hexid("a%d" % self._n)[:12],
                                           privateIpv4Address="10.0.%d.%d" % (1 + self._n // 200, 10 + self._n % 200))]
        t = dict(attachments=[], attributes=[dict(name="ecs.cpu-architecture", value="x86_64")],
                 availabilityZone="%sa" % self.region, clusterArn=self.cluster_arn,
                 connectivity="CONNECTED", connectivityAt=ts, containers=[c], cpu="256",
                 createdAt=ts, desiredStatus="RUNNING", enableExecuteCommand=False,
                 group="service:%s" % self.service, healthStatus="UNKNOWN", lastStatus="PROVISIONING",
                 launchType=self.launch, memory="512",
                 overrides=dict(containerOverrides=[dict(name=self.family)], inferenceAcceleratorOverrides=[]),
                 startedBy=dep_id, tags=[], taskArn=self.task_arn(tid), taskDefinitionArn=td, version=1)
        if self.launch == "FARGATE":
            t.update(capacityProviderName="FARGATE", platformVersion="1.4.0", platformFamily="Linux",
                     ephemeralStorage=dict(sizeInGiB=20), fargateEphemeralStorage=dict(sizeInGiB=20))
            t["attachments"] = [dict(id=c["networkInterfaces"][0]["attachmentId"], type="ElasticNetworkInterface",
                                     status="ATTACHED",
                                     details=[dict(name="subnetId", value="subnet-0ffaf57206ab92280"),
                                              dict(name="privateIPv4Address",
                                                   value=c["networkInterfaces"][0]["privateIpv4Address"])])]
        else:
            t["containerInstanceArn"] = "arn:aws:ecs:%s:%s:container-instance/%s/%s" % (
                self.region, self.account, self.cluster, self.hexid("ci-host"))
        if self.ebs_role and td == self.td_new:
            # The attachment as the AWS CLI's run-task example shows it (aws/aws-cli
            # awscli/examples/ecs/run-task.rst); statusReason joins its details when it fails
            # (the ECS API reference, Attachment).
            t["attachments"].append(dict(
                id=self.hexid("ebs%d" % self._n)[:8] + "-4444-5555-6666-" + self.hexid("e%d" % self._n)[:12],
                type="AmazonElasticBlockStorage", status="PRECREATED",
                details=[dict(name="roleArn", value=self.ebs_role),
                         dict(name="volumeName", value="data"),
                         dict(name="deleteOnTermination", value="true")]))
        self.tasks[tid] = t
        self.task_order.append(tid)
        return tid

    def run_task(self, tid, ts):
        t = self.tasks[tid]
        t.update(lastStatus="RUNNING", pullStartedAt=ts - 5, pullStoppedAt=ts - 2, startedAt=ts,
                 version=t["version"] + 2)
        t["containers"][0]["lastStatus"] = "RUNNING"
        t["containers"][0]["runtimeId"] = tid + "-" + "1234567890"

    def stop_task(self, tid, ts, stop_code, reason, exit_code=None, container_reason=None):
        t = self.tasks[tid]
        t.update(lastStatus="STOPPED", desiredStatus="STOPPED", stopCode=stop_code,
                 stoppingAt=ts - 1, executionStoppedAt=ts - 1, stoppedAt=ts,
                 version=t["version"] + 2)
        if reason is not None:
            t["stoppedReason"] = reason
        if t.get("attachments"):
            t["attachments"][0]["status"] = "DELETED"
        c = t["containers"][0]
        c["lastStatus"] = "STOPPED"
        if exit_code is not None:
            c["exitCode"] = exit_code
        if container_reason:
            c["reason"] = container_reason

    # ---- timeline ------------------------------------------------------------
    def _step(self, k, ts):
        s = self.scenario
        if self.done:
            return
        if s in ("completes", "throttle"):
            self._step_completes(k, ts)
        elif s in ("pull_fails_rollback", "crash_at_start", "ebs_attach_fails"):
            self._step_failing(k, ts)
        elif s == "never_places":
            if k == 1:
                self.add_event(ts, ev_unable_to_place(self.service, self.ci_id))
            # ECS omits duplicate messages (docs); nothing more is written.
        elif s == "timeout":
            if k == 1:
                tid = self.new_task(self.dep_new, self.td_new, ts)
                self.add_event(ts, ev_started(self.service, [self.task_id_short(tid)]))
                self.dep(self.dep_new, pendingCount=1, updatedAt=ts)
                self.new_running.append(tid)
            elif k == 2:
                self.run_task(self.new_running[0], ts)
                self.dep(self.dep_new, pendingCount=0, runningCount=1, updatedAt=ts)
                self.sd_counts(ts)
            # the second task is never started: IN_PROGRESS forever

    def task_id_short(self, tid):
        return tid

    def dep(self, dep_id, **kw):
        self.deps[dep_id].update(kw)

    def sd_counts(self, ts):
        sd = self.sds[self.sd_new]
        d = self.deps[self.dep_new]
        sd["targetServiceRevision"].update(runningTaskCount=d["runningCount"], pendingTaskCount=d["pendingCount"])
        if self.dep_old in self.deps:
            o = self.deps[self.dep_old]
            sd["sourceServiceRevisions"][0].update(runningTaskCount=o["runningCount"], pendingTaskCount=o["pendingCount"],
                                                   requestedTaskCount=o["desiredCount"])
        sd["updatedAt"] = ts

    def _step_completes(self, k, ts):
        n = self.a.complete_after
        if k == 1:
            ids = [self.new_task(self.dep_new, self.td_new, ts) for _ in range(self.desired)]
            self.new_running.extend(ids)
            self.add_event(ts, ev_started(self.service, ids))
            self.dep(self.dep_new, pendingCount=self.desired, updatedAt=ts)
            self.sd_counts(ts)
        elif k == 2:
            for tid in self.new_running:
                self.run_task(tid, ts)
            self.dep(self.dep_new, pendingCount=0, runningCount=self.desired, updatedAt=ts)
            self.sd_counts(ts)
        elif k == 3:
            for tid in self.old_running:
                self.stop_task(tid, ts, "ServiceSchedulerInitiated", scale_in_reason(self.dep_new))
            self.add_event(ts, ev_stopped(self.service, self.old_running))
            self.dep(self.dep_old, desiredCount=0, runningCount=0, updatedAt=ts)
            self.sd_counts(ts)
        if k >= max(n, 4):
            self.dep(self.dep_new, rolloutState="COMPLETED", rolloutStateReason=reason_completed(self.dep_new),
                     updatedAt=ts)
            self.deps.pop(self.dep_old, None)       # INACTIVE deployments are not returned
            self.dep_order = [self.dep_new]
            self.add_event(ts, ev_deployment_completed(self.service, self.dep_new))
            self.add_event(ts + 0.001, ev_steady(self.service))
            sd = self.sds[self.sd_new]
            sd.update(status="SUCCESSFUL", statusReason="Service deployment succeeded.", finishedAt=ts,
                      updatedAt=ts)
            sd["deploymentCircuitBreaker"]["status"] = "MONITORING_COMPLETE"
            sd["sourceServiceRevisions"][0].update(runningTaskCount=0, pendingTaskCount=0, requestedTaskCount=0)
            self.done = True

    def _step_failing(self, k, ts):
        if k == 0:
            return
        crash = self.scenario == "crash_at_start"
        d = self.deps[self.dep_new]
        if d["rolloutState"] == "IN_PROGRESS":
            # stop the task started last tick
            if self.pending_new:
                tid = self.pending_new
                self.pending_new = None
                if crash:
                    self.stop_task(tid, ts, "EssentialContainerExited", STOPPED_REASON_EXIT, exit_code=1)
                elif self.ebs_role:
                    self.stop_task(tid, ts, "TaskFailedToStart", None)
                    for att in self.tasks[tid]["attachments"]:
                        if att["type"] == "AmazonElasticBlockStorage":
                            att["status"] = "FAILED"
                            att["details"].append(dict(name="statusReason",
                                                       value=ebs_role_not_assumed(self.ebs_role)))
                else:
                    img = self.image(self.td_new)
                    self.stop_task(tid, ts, "TaskFailedToStart", cannot_pull_reason(img),
                                   container_reason=cannot_pull_reason(img))
                self.failed_ids.append(tid)
                fails = d["failedTasks"] + 1
                self.dep(self.dep_new, failedTasks=fails, pendingCount=0, runningCount=0, updatedAt=ts)
                sd = self.sds[self.sd_new]
                sd["deploymentCircuitBreaker"]["failureCount"] = fails
                self.sd_counts(ts)
                if fails >= self.threshold:
                    self._trip(ts)
                    return
            # start the next one
            tid = self.new_task(self.dep_new, self.td_new, ts)
            self.add_event(ts + 0.001, ev_started(self.service, [tid]))
            if crash:
                self.run_task(tid, ts)
                self.dep(self.dep_new, runningCount=1, updatedAt=ts)
            else:
                self.tasks[tid].update(lastStatus="PENDING", pullStartedAt=ts)
                self.dep(self.dep_new, pendingCount=1, updatedAt=ts)
            self.pending_new = tid
            self.sd_counts(ts)
        elif self.rollback and self.dep_rb in self.deps and self.deps[self.dep_rb]["rolloutState"] == "IN_PROGRESS":
            # the rollback deployment reaches steady state one tick later
            self.dep(self.dep_rb, rolloutState="COMPLETED", rolloutStateReason=reason_completed(self.dep_rb),
                     updatedAt=ts)
            self.deps.pop(self.dep_new, None)
            self.dep_order = [self.dep_rb]
            self.add_event(ts, ev_deployment_completed(self.service, self.dep_rb))
            self.add_event(ts + 0.001, ev_steady(self.service))
            sd = self.sds[self.sd_new]
            sd.update(status="ROLLBACK_SUCCESSFUL", finishedAt=ts, updatedAt=ts)
            self.done = True

    def _trip(self, ts):
        """failedTasks reached the threshold: the circuit breaker fails the deployment."""
        self.dep(self.dep_new, rolloutState="FAILED", rolloutStateReason=REASON_CB_FAILED, updatedAt=ts)
        self.add_event(ts + 0.001, ev_deployment_failed(self.service, self.dep_new))
        sd = self.sds[self.sd_new]
        sd["deploymentCircuitBreaker"]["status"] = "TRIGGERED"
        if self.rollback:
            # a NEW deployment, with the last completed deployment's task definition
            self.dep(self.dep_new, status="ACTIVE", desiredCount=0)
            old = self.deps.pop(self.dep_old)
            self.deps[self.dep_rb] = dict(
                id=self.dep_rb, status="PRIMARY", taskDefinition=self.td_old, desiredCount=self.desired,
                pendingCount=0, runningCount=old["runningCount"], failedTasks=0, createdAt=ts + 0.002,
                updatedAt=ts + 0.002, rolloutState="IN_PROGRESS",
                rolloutStateReason=reason_rolling_back(self.dep_old))
            self.dep_order = [self.dep_rb, self.dep_new]
            self.service_td = self.td_old
            self.add_event(ts + 0.002, ev_rolling_back(self.service, self.dep_old))
            sd.update(status="ROLLBACK_IN_PROGRESS", statusReason=REASON_CB_FAILED, updatedAt=ts,
                      rollback=dict(reason=REASON_CB_FAILED, startedAt=ts + 0.002,
                                    serviceRevisionArn=self.rev_old))
        else:
            # no rollback: the deployment stays PRIMARY and FAILED, launches no new task
            sd.update(status="STOPPED", statusReason=REASON_CB_FAILED, stoppedAt=ts, finishedAt=ts,
                      updatedAt=ts)
            self.done = True

    # ---- views ---------------------------------------------------------------
    def service_view(self):
        deps = [dict(self.deps[i]) for i in self.dep_order if i in self.deps]
        for d in deps:
            d["launchType"] = self.launch
            if self.ebs_role and d["taskDefinition"] == self.td_new:
                # Deployment.volumeConfigurations (the ECS API reference, ServiceVolumeConfiguration)
                d["volumeConfigurations"] = [dict(name="data", managedEBSVolume=dict(
                    encrypted=True, sizeInGiB=20, volumeType="gp3", roleArn=self.ebs_role,
                    filesystemType="xfs"))]
            if self.launch == "FARGATE":
                d.update(platformVersion="1.4.0", platformFamily="Linux",
                         networkConfiguration=self.netconf())
        primary = deps[0]
        running = sum(d["runningCount"] for d in deps)
        pending = sum(d["pendingCount"] for d in deps)
        sd_cur = self.sd_new
        svc = dict(serviceArn=self.service_arn, serviceName=self.service, clusterArn=self.cluster_arn,
                   loadBalancers=[], serviceRegistries=[], status="ACTIVE", desiredCount=self.desired,
                   runningCount=running, pendingCount=pending, launchType=self.launch,
                   taskDefinition=self.service_td,
                   deploymentConfiguration=self.deployment_configuration(),
                   deployments=deps,
                   roleArn="arn:aws:iam::%s:role/aws-service-role/ecs.amazonaws.com/AWSServiceRoleForECS" % self.account,
                   events=[dict(e) for e in self.events],
                   createdAt=round(self.start - 30 * 86400, 3),
                   currentServiceDeployment=sd_cur,
                   currentServiceRevisions=self.current_revisions(),
                   placementConstraints=[], placementStrategy=[],
                   schedulingStrategy="REPLICA", deploymentController=dict(type="ECS"),
                   createdBy="arn:aws:iam::%s:role/deployer" % self.account,
                   enableECSManagedTags=True, propagateTags="NONE", enableExecuteCommand=False,
                   availabilityZoneRebalancing="ENABLED")
        if self.launch == "FARGATE":
            svc.update(platformVersion="LATEST", platformFamily="Linux", networkConfiguration=self.netconf())
        return svc

    def current_revisions(self):
        out = []
        for d in (self.deps[i] for i in self.dep_order if i in self.deps):
            arn = self.rev_new if d["taskDefinition"] == self.td_new else self.rev_old
            out.append(dict(arn=arn, requestedTaskCount=d["desiredCount"], runningTaskCount=d["runningCount"],
                            pendingTaskCount=d["pendingCount"]))
        return out

    def netconf(self):
        return dict(awsvpcConfiguration=dict(subnets=["subnet-0ffaf57206ab92280"],
                                             securityGroups=["sg-0123456789abcdef0"], assignPublicIp="DISABLED"))

    def task_definition(self, td):
        rev = int(td.rsplit(":", 1)[1])
        out = dict(taskDefinitionArn=td, family=self.family, revision=rev, status="ACTIVE",
                   containerDefinitions=[dict(name=self.family, image=self.image(td), cpu=0, memory=512,
                                              essential=True, portMappings=[dict(containerPort=8080, hostPort=8080 if self.launch == "FARGATE" else 8080, protocol="tcp")],
                                              environment=[], mountPoints=[], volumesFrom=[],
                                              logConfiguration=dict(logDriver="awslogs", options={
                                                  "awslogs-group": "/ecs/%s" % self.family,
                                                  "awslogs-region": self.region,
                                                  "awslogs-stream-prefix": "ecs"}))],
                   executionRoleArn="arn:aws:iam::%s:role/ecsTaskExecutionRole" % self.account,
                   volumes=[dict(name="data", configuredAtLaunch=True)] if self.ebs_role and td == self.td_new else [],
                   placementConstraints=[],
                   registeredAt=round(self.start - (86400 if td == self.td_old else 60), 3),
                   registeredBy="arn:aws:iam::%s:role/deployer" % self.account)
        if self.launch == "FARGATE":
            out.update(networkMode="awsvpc", requiresCompatibilities=["FARGATE"], compatibilities=["EC2", "FARGATE"],
                       cpu="256", memory="512")
        else:
            out.update(networkMode="bridge", requiresCompatibilities=["EC2"], compatibilities=["EC2"],
                       memory="3800")
        return out


# --------------------------------------------------------------------------
# HTTP
# --------------------------------------------------------------------------


class AwsError(Exception):
    def __init__(self, code, message, status=400):
        super().__init__(message)
        self.code, self.message, self.status = code, message, status


def short(name_or_arn):
    if not isinstance(name_or_arn, str):
        return name_or_arn
    return name_or_arn.rsplit("/", 1)[-1] if name_or_arn.startswith("arn:") else name_or_arn


def cluster_name(v):
    if v is None:
        return "default"
    return v.rsplit("/", 1)[-1] if v.startswith("arn:") else v


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "Server"
    sys_version = ""

    def log_message(self, fmt, *args):  # quiet
        if self.server.verbose:
            sys.stderr.write("stub: " + (fmt % args) + "\n")

    # ---- plumbing ------------------------------------------------------------
    def read_body(self):
        n = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(n) if n else b""

    def send_json(self, status, obj, extra=None):
        body = json.dumps(obj, separators=(",", ":")).encode()
        self.send_response(status)
        self.send_header("Content-Type", JSON_CT)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("x-amzn-RequestId", self.server.request_id())
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def log(self, **rec):
        self.server.write_log(rec)

    def do_GET(self):
        if self.path.startswith("/__stub/state"):
            w = self.server.world
            with w.lock:
                state = dict(scenario=w.scenario, clock=w.a.clock, tick=w.tick, current_tick=w.current_tick(),
                             describe_services_answered=w.ds_calls, describe_services_seen=w.ds_seen,
                             calls=w.calls, threshold=w.threshold, rollback=w.rollback,
                             deployment_new=w.dep_new, deployment_old=w.dep_old,
                             deployment_rollback=w.dep_rb, task_definition_new=w.td_new,
                             task_definition_old=w.td_old, service_deployment=w.sd_new, done=w.done)
            body = json.dumps(state, indent=1).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        self.forward(b"")

    def do_POST(self):
        body = self.read_body()
        target = self.headers.get("X-Amz-Target", "")
        if not target.startswith(TARGET_PREFIX):
            self.forward(body, target=target)
            return
        op = target[len(TARGET_PREFIX):]
        try:
            req = json.loads(body or b"{}")
        except ValueError:
            self.log(target=op, handled="error", status=400)
            self.send_json(400, {"__type": "SerializationException", "message": "Malformed JSON"})
            return
        fn = getattr(self, "op_" + op, None)
        w = self.server.world
        mine = fn is not None and self.is_mine(op, req)
        if not mine:
            self.forward(body, target=op, req=req)
            return
        with w.lock:
            w.calls[op] = w.calls.get(op, 0) + 1
            if op == "DescribeServices":
                w.ds_seen += 1
                if w.scenario == "throttle" and w.ds_seen % 3 == 0:
                    self.log(target=op, handled="throttled", status=400, tick=w.tick,
                             cluster=req.get("cluster"), services=req.get("services"))
                    self.send_json(400, {"__type": "ThrottlingException", "message": "Rate exceeded"})
                    return
            if op == "DescribeServices" and w.a.clock == "calls":
                w.ds_calls += 1          # this call sees tick ds_calls - 1
            w.advance()
            try:
                out = fn(req)
                status = 200
            except AwsError as e:
                out, status = {"__type": e.code, "message": e.message}, e.status
            tick = w.tick
        rec = dict(target=op, handled="stub", status=status, tick=tick, cluster=req.get("cluster"))
        for k in ("services", "tasks", "desiredStatus", "serviceName", "taskDefinition", "service",
                  "serviceDeploymentArns", "serviceRevisionArns", "clusters", "status", "family", "startedBy"):
            if k in req:
                rec[k] = req[k]
        self.log(**rec)                  # logged before the answer leaves: a client that has its
        self.send_json(status, out)      # answer can count the line

    def is_mine(self, op, req):
        w = self.server.world
        if op == "DescribeClusters":
            return any(cluster_name(c) == w.cluster for c in req.get("clusters") or ["default"])
        if op == "DescribeTaskDefinition":
            td = req.get("taskDefinition", "")
            return td in (w.td_old, w.td_new) or td in ("%s:%d" % (w.family, int(w.td_old.rsplit(":", 1)[1])),
                                                         "%s:%d" % (w.family, int(w.td_new.rsplit(":", 1)[1])))
        if op in ("DescribeServiceDeployments",):
            return any(a in w.sds for a in req.get("serviceDeploymentArns") or [])
        if op in ("DescribeServiceRevisions",):
            return any(a in w.revisions for a in req.get("serviceRevisionArns") or [])
        if op in ("DescribeServices", "ListTasks", "DescribeTasks", "ListServiceDeployments"):
            return cluster_name(req.get("cluster")) == w.cluster
        return False

    def forward(self, body, target=None, req=None):
        up = self.server.upstream
        if not up:
            self.log(target=target or self.path, handled="error", status=400)
            self.send_json(400, {"__type": "UnknownOperationException",
                                 "message": "ecs_rollout_stub: no upstream for %s" % (target or self.path)})
            return
        u = urllib.parse.urlsplit(up)
        conn = http.client.HTTPConnection(u.hostname, u.port or 80, timeout=60)
        headers = {k: v for k, v in self.headers.items()
                   if k.lower() not in ("host", "connection", "content-length", "transfer-encoding")}
        headers["Host"] = "%s:%d" % (u.hostname, u.port or 80)
        headers["Content-Length"] = str(len(body))
        try:
            conn.request(self.command, self.path, body=body, headers=headers)
            r = conn.getresponse()
            data = r.read()
        except OSError as e:
            self.log(target=target or self.path, handled="error", status=502)
            self.send_json(502, {"__type": "ServiceUnavailableException", "message": "upstream: %s" % e})
            return
        finally:
            conn.close()
        rec = dict(target=target or (self.command + " " + self.path), handled="upstream", status=r.status)
        if req and isinstance(req, dict) and "cluster" in req:
            rec["cluster"] = req["cluster"]
        self.log(**rec)
        self.send_response(r.status)
        for k, v in r.getheaders():
            if k.lower() in ("content-length", "connection", "transfer-encoding", "server", "date"):
                continue
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    # ---- operations ------------------------------------------------------------
    def op_DescribeServices(self, req):
        w = self.server.world
        services, failures = [], []
        if not req.get("services"):
            raise AwsError("InvalidParameterException", "Services cannot be empty.")
        for s in req["services"]:
            if short(s) == w.service:
                services.append(w.service_view())
            else:
                arn = s if s.startswith("arn:") else "arn:aws:ecs:%s:%s:service/%s/%s" % (
                    w.region, w.account, w.cluster, s)
                failures.append(dict(arn=arn, reason="MISSING"))
        return dict(services=services, failures=failures)

    def op_DescribeClusters(self, req):
        w = self.server.world
        clusters, failures = [], []
        for c in req.get("clusters") or ["default"]:
            if cluster_name(c) == w.cluster:
                running = sum(1 for t in w.tasks.values() if t["lastStatus"] == "RUNNING")
                pending = sum(1 for t in w.tasks.values() if t["lastStatus"] in ("PENDING", "PROVISIONING"))
                clusters.append(dict(clusterArn=w.cluster_arn, clusterName=w.cluster, status="ACTIVE",
                                     registeredContainerInstancesCount=1 if w.launch == "EC2" else 0,
                                     runningTasksCount=running, pendingTasksCount=pending,
                                     activeServicesCount=1, statistics=[], tags=[],
                                     settings=[dict(name="containerInsights", value="disabled")],
                                     capacityProviders=["FARGATE", "FARGATE_SPOT"] if w.launch == "FARGATE" else [],
                                     defaultCapacityProviderStrategy=[]))
            else:
                failures.append(dict(arn="arn:aws:ecs:%s:%s:cluster/%s" % (w.region, w.account, cluster_name(c)),
                                     reason="MISSING"))
        return dict(clusters=clusters, failures=failures)

    def op_ListTasks(self, req):
        w = self.server.world
        want = req.get("desiredStatus", "RUNNING")
        sname = req.get("serviceName")
        if sname is not None and short(sname) != w.service:
            raise AwsError("ServiceNotFoundException", "Service not found.")
        arns = []
        for tid in reversed(w.task_order):
            t = w.tasks[tid]
            if t["desiredStatus"] != want:
                continue
            if req.get("family") and t["taskDefinitionArn"].rsplit("/", 1)[1].split(":")[0] != req["family"]:
                continue
            if req.get("startedBy") and t["startedBy"] != req["startedBy"]:
                continue
            arns.append(t["taskArn"])
        start = int(req.get("nextToken") or 0)
        size = int(req.get("maxResults") or 100)
        out = dict(taskArns=arns[start:start + size])
        if start + size < len(arns):
            out["nextToken"] = str(start + size)
        return out

    def op_DescribeTasks(self, req):
        w = self.server.world
        if not req.get("tasks"):
            raise AwsError("InvalidParameterException", "Tasks cannot be empty.")
        tasks, failures = [], []
        for a in req["tasks"]:
            tid = short(a)
            if tid in w.tasks:
                tasks.append(json.loads(json.dumps(w.tasks[tid])))
            else:
                failures.append(dict(arn=a if a.startswith("arn:") else w.task_arn(a), reason="MISSING"))
        return dict(tasks=tasks, failures=failures)

    def op_DescribeTaskDefinition(self, req):
        w = self.server.world
        td = req["taskDefinition"]
        full = td if td.startswith("arn:") else "arn:aws:ecs:%s:%s:task-definition/%s" % (w.region, w.account, td)
        return dict(taskDefinition=w.task_definition(full), tags=[])

    def op_ListServiceDeployments(self, req):
        w = self.server.world
        if short(req.get("service", "")) != w.service:
            raise AwsError("ServiceNotFoundException", "Service not found.")
        want = set(req.get("status") or [])
        out = []
        for a in w.sd_order:
            sd = w.sds[a]
            if want and sd["status"] not in want:
                continue
            ca = req.get("createdAt") or {}
            if "after" in ca and sd["createdAt"] < float(ca["after"]):
                continue
            if "before" in ca and sd["createdAt"] > float(ca["before"]):
                continue
            b = {k: sd[k] for k in ("serviceDeploymentArn", "serviceArn", "clusterArn", "startedAt", "createdAt",
                                    "finishedAt", "status", "statusReason") if k in sd}
            b["targetServiceRevisionArn"] = sd["targetServiceRevision"]["arn"]
            out.append(b)
        start = int(req.get("nextToken") or 0)
        size = int(req.get("maxResults") or 20)
        res = dict(serviceDeployments=out[start:start + size])
        if start + size < len(out):
            res["nextToken"] = str(start + size)
        return res

    def op_DescribeServiceDeployments(self, req):
        w = self.server.world
        sds, failures = [], []
        for a in req.get("serviceDeploymentArns") or []:
            if a in w.sds:
                sds.append(json.loads(json.dumps(w.sds[a])))
            else:
                failures.append(dict(arn=a, reason="MISSING"))
        return dict(serviceDeployments=sds, failures=failures)

    def op_DescribeServiceRevisions(self, req):
        w = self.server.world
        revs, failures = [], []
        for a in req.get("serviceRevisionArns") or []:
            if a in w.revisions:
                td, created = w.revisions[a]
                r = dict(serviceRevisionArn=a, serviceArn=w.service_arn, clusterArn=w.cluster_arn,
                         taskDefinition=td, launchType=w.launch, loadBalancers=[], serviceRegistries=[],
                         containerImages=[dict(containerName=w.family, image=w.image(td))],
                         guardDutyEnabled=False, createdAt=created)
                if w.launch == "FARGATE":
                    r.update(platformVersion="1.4.0", platformFamily="Linux", networkConfiguration=w.netconf())
                revs.append(r)
            else:
                failures.append(dict(arn=a, reason="MISSING"))
        return dict(serviceRevisions=revs, failures=failures)


class Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, addr, world, upstream, log_path, verbose):
        super().__init__(addr, Handler)
        self.world, self.upstream, self.verbose = world, upstream, verbose
        self.log_fh = open(log_path, "a", buffering=1) if log_path else None
        self.log_lock = threading.Lock()
        self.seq = 0
        self.log_seq = 0

    def request_id(self):
        with self.log_lock:
            self.seq += 1
            h = hashlib.md5(str(self.seq).encode()).hexdigest()
        return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32])

    def write_log(self, rec):
        if not self.log_fh:
            return
        with self.log_lock:
            self.log_seq += 1
            rec = dict(seq=self.log_seq, ts=round(time.time(), 3), **rec)
            self.log_fh.write(json.dumps(rec) + "\n")


def loopback_only(host):
    try:
        return ipaddress.ip_address(socket.gethostbyname(host)).is_loopback
    except (OSError, ValueError):
        return False


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--scenario", choices=SCENARIOS, required=True)
    p.add_argument("--port", type=int, default=0, help="0: any free port (printed on stdout)")
    p.add_argument("--upstream", help="moto_server URL on loopback, e.g. http://127.0.0.1:5000")
    p.add_argument("--log", help="append one JSON line per request to this file")
    p.add_argument("--clock", choices=("calls", "wall"), default="calls")
    p.add_argument("--tick-seconds", type=float, default=0.5, help="wall clock: seconds per tick")
    p.add_argument("--complete-after", type=int, default=4, help="completes/throttle: tick of COMPLETED (>= 4)")
    p.add_argument("--cluster", default="prod")
    p.add_argument("--service", default="api")
    p.add_argument("--family", default="api", help="task definition family (revisions N and N+1)")
    p.add_argument("--old-revision", type=int, default=41)
    p.add_argument("--desired", type=int, default=2)
    p.add_argument("--region", default="us-east-1")
    p.add_argument("--account", default="123456789012")
    p.add_argument("--ebs-role", help="ebs_attach_fails: the infrastructure role's ARN "
                   "(default arn:aws:iam::ACCOUNT:role/ecsInfrastructureRole)")
    p.add_argument("--no-rollback", dest="rollback", action="store_false",
                   help="circuit breaker enabled without rollback: the deployment is left FAILED")
    p.add_argument("--verbose", action="store_true")
    a = p.parse_args(argv)
    if a.upstream:
        u = urllib.parse.urlsplit(a.upstream)
        if u.scheme != "http" or not u.hostname or not loopback_only(u.hostname):
            p.error("--upstream must be an http:// URL on loopback")
    world = World(a)
    srv = Server(("127.0.0.1", a.port), world, a.upstream, a.log, a.verbose)
    port = srv.server_address[1]
    sys.stdout.write("LISTENING http://127.0.0.1:%d scenario=%s clock=%s threshold=%d\n" % (
        port, a.scenario, a.clock, world.threshold))
    sys.stdout.flush()
    try:
        srv.serve_forever(poll_interval=0.1)
    except KeyboardInterrupt:
        pass
    finally:
        srv.server_close()


if __name__ == "__main__":
    main()
