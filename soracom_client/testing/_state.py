"""The fake's in-memory world, seeded deterministically: operators, SIMs, their lines and history.

Every value comes from `random.Random` streams derived from the seed (one for the fleet, one per
SIM for its history, made on first use), never from the wall clock, so `FakeSoracom(seed=1)`
holds the same SIMs, IMSIs, events and data on every run.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from ._auth import AuthStore, Operator
from ._clock import BASE_TIME

BASE_MS = int(BASE_TIME * 1000)
DAY_MS = 86_400_000

SUBSCRIPTIONS = (("plan01s", 60), ("plan-D", 15), ("planX3", 10), ("plan-US", 10), ("planP1", 5))
SPEED_CLASSES = ("s1.minimum", "s1.slow", "s1.standard", "s1.fast", "s1.4xfast")
STATUSES = (("active", 60), ("inactive", 10), ("ready", 12), ("suspended", 6), ("standby", 6), ("terminated", 6))
# What each subscription accepts as a speed class (the real API refuses the others with 400).
SPEED_CLASS_RULES: dict[str, frozenset[str]] = {
    "plan01s": frozenset({"s1.minimum", "s1.slow", "s1.standard", "s1.fast", "s1.4xfast", "s1.8xfast"}),
    "plan-D": frozenset({"s1.minimum", "s1.slow", "s1.standard", "s1.fast", "s1.4xfast"}),
    "planP1": frozenset({"s1.minimum", "s1.slow", "s1.standard", "s1.fast", "s1.4xfast"}),
    "planX3": frozenset({"s1.minimum", "s1.slow", "s1.standard", "s1.fast", "s1.4xfast", "u1.standard", "u1.slow"}),
    "plan-US": frozenset({"s1.minimum", "s1.slow", "s1.standard", "s1.fast", "s1.4xfast", "u1.standard", "u1.slow"}),
    "planArc01": frozenset({"arc.standard", "s1.standard"}),
}
# Bundle name prefixes per subscription, from the putBundles description.
BUNDLE_PREFIX = {"plan-D": "D-", "plan-DU": "DU-", "plan-US": "US-"}
STANDBY_SUBSCRIPTIONS = frozenset({"plan01s", "plan-D", "planP1", "plan-US"})


def weighted(rng: random.Random, table: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([name for name, _ in table], weights=[w for _, w in table])[0]


@dataclass
class Line:
    """One subscription (IMSI) in a SIM profile; the primary one, or an added one."""

    imsi: str
    msisdn: str
    subscription: str
    speed_class: str
    bundles: list[str] = field(default_factory=list)
    primary: bool = True
    virtual: bool = False
    downloaded: bool = True
    container_id: int | None = None
    created_ms: int = BASE_MS


@dataclass
class DeviceSession:
    session_id: str
    imei: str
    ue_ip: str
    created_ms: int
    cell: dict[str, Any]
    vpg_id: str = "f3b4f5d1-0000-4c1a-8f00-000000000001"
    gateway_private_ip: str = "10.250.0.1"
    gateway_public_ip: str = "54.250.252.99"
    dns: tuple[str, str] = ("100.127.0.53", "100.127.1.53")
    deleted_ms: int | None = None


@dataclass
class SimRecord:
    sim_id: str
    operator_id: str | None
    iccid: str
    serial_number: str
    sim_type: str  # uicc | euicc | virtual
    module_type: str
    status: str
    lines: dict[str, Line]  # imsi -> line, the primary first
    created_ms: int
    last_modified_ms: int
    device_imei: str
    sms: bool = True
    group_id: str | None = None
    tags: dict[str, str] = field(default_factory=dict)
    termination_enabled: bool = False
    expiry_time: int | None = None
    expiry_action: str | None = None
    imei_lock: str | None = None
    session: DeviceSession | None = None
    previous_session: DeviceSession | None = None
    local_info: dict[str, str] = field(default_factory=dict)
    registration_secret: str | None = None
    testing: bool = False
    transferring: bool = False
    arc_public_key: str | None = None
    arc_private_key: str | None = None
    arc_session_ms: int | None = None
    # Made on first use from the SIM's own seeded stream (see FakeState.history).
    events: list[dict[str, Any]] | None = None
    status_history: list[dict[str, Any]] | None = None
    data_entries: list[dict[str, Any]] | None = None
    captures: dict[str, dict[str, Any]] = field(default_factory=dict)

    @property
    def primary(self) -> Line:
        return next(line for line in self.lines.values() if line.primary)

    @property
    def online(self) -> bool:
        return self.session is not None


@dataclass
class SentSms:
    """An SMS the fake accepted; see `FakeSoracom.sms`."""

    message_id: str
    sim_id: str
    imsi: str
    msisdn: str
    payload: str
    encoding_type: int
    sent_at_ms: int


@dataclass
class Downlink:
    """A downlink the fake delivered to its device; see `FakeSoracom.downlinks`."""

    kind: str  # tcp | udp | http | ssh | rtsp | ping
    sim_id: str
    port: int | None
    data: bytes
    request: dict[str, Any]


class FakeState:
    def __init__(self, seed: int, sims: int) -> None:
        self.seed = seed
        self.rng: random.Random = random.Random(f"state:{seed}")
        self.auth: AuthStore = AuthStore(random.Random(f"auth:{seed}"))
        self.operator: Operator = self.auth.add_operator()
        self.sims: dict[str, SimRecord] = {}
        self.unregistered: dict[str, SimRecord] = {}
        self.by_imsi: dict[str, str] = {}  # imsi -> sim id, registered and not
        self.groups: list[str] = [self._uuid() for _ in range(4)]
        self.sms: list[SentSms] = []
        self.downlinks: list[Downlink] = []
        self.orders: dict[str, dict[str, Any]] = {}
        self.order_profiles: dict[str, list[dict[str, Any]]] = {}
        self.transfer_tokens: dict[str, dict[str, Any]] = {}
        self.exports: dict[str, str] = {}  # exported file id -> CSV text
        self._serial = 0
        prefix = self.rng.randrange(10**4)
        self._iccid_prefix = f"8981{prefix:04d}"
        self._imsi_prefix = f"44010{prefix:04d}"
        for _ in range(sims):
            sim = self._new_sim(self.operator.operator_id)
            self.sims[sim.sim_id] = sim
        # A few SIMs that are not yet registered to anyone, for registerSim / registerSubscriber.
        for _ in range(5):
            sim = self._new_sim(None)
            self.unregistered[sim.sim_id] = sim

    # --- identifiers -------------------------------------------------------------------------
    def _uuid(self) -> str:
        h = f"{self.rng.getrandbits(128):032x}"
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"

    def next_serial(self) -> int:
        self._serial += 1
        return self._serial

    def new_imsi(self) -> tuple[str, str]:
        n = self.next_serial()
        return f"{self._imsi_prefix}{n:06d}", f"8120{self._imsi_prefix[5:]}{n:06d}"

    def new_id(self, prefix: str = "") -> str:
        return prefix + self._uuid()

    # --- seeding ----------------------------------------------------------------------------
    def _new_sim(self, operator_id: str | None, *, virtual: bool = False, subscription: str | None = None) -> SimRecord:
        rng = self.rng
        n = self.next_serial()
        sim_id = f"{self._iccid_prefix}{n:011d}"
        imsi, msisdn = f"{self._imsi_prefix}{n:06d}", f"8120{self._imsi_prefix[5:]}{n:06d}"
        plan = subscription or ("planArc01" if virtual else weighted(rng, SUBSCRIPTIONS))
        speed = "arc.standard" if virtual else rng.choice(SPEED_CLASSES)
        bundles = [f"{BUNDLE_PREFIX[plan]}300MB"] if plan in BUNDLE_PREFIX else []
        created = BASE_MS - rng.randrange(30, 700) * DAY_MS
        status = "ready" if operator_id is None or virtual else weighted(rng, STATUSES)
        sim = SimRecord(
            sim_id=sim_id,
            operator_id=operator_id,
            iccid=sim_id,
            serial_number=f"AX{n:08d}",
            sim_type="virtual" if virtual else rng.choice(("uicc", "uicc", "euicc")),
            module_type="virtual" if virtual else rng.choice(("nano", "micro", "mini", "trio", "embedded")),
            status=status,
            lines={imsi: Line(imsi, msisdn, plan, speed, bundles, created_ms=created)},
            created_ms=created,
            last_modified_ms=created + rng.randrange(0, 20) * DAY_MS,
            device_imei=f"35{rng.randrange(10**13):013d}",
            sms=not virtual and rng.random() < 0.85,
            group_id=rng.choice(self.groups) if operator_id and rng.random() < 0.6 else None,
            tags={"name": f"device-{n:05d}"} if operator_id else {},
            termination_enabled=operator_id is not None and rng.random() < 0.1,
        )
        if operator_id and not virtual and rng.random() < 0.3:
            sim.tags["env"] = rng.choice(("prod", "staging"))
        if status == "active" and rng.random() < 0.7:
            sim.session = self.new_session(sim, BASE_MS - rng.randrange(1, 5000) * 60_000)
        sim.testing = status == "ready" and rng.random() < 0.5
        sim.registration_secret = f"{rng.randrange(10**6):06d}" if operator_id is None else None
        self.by_imsi[imsi] = sim_id
        return sim

    def new_session(self, sim: SimRecord, at_ms: int) -> DeviceSession:
        rng = self.rng
        return DeviceSession(
            session_id=self._uuid(),
            imei=sim.device_imei,
            ue_ip=f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
            created_ms=at_ms,
            cell={
                "mcc": 440, "mnc": 10, "tac": 5000 + rng.randrange(1000),
                "eci": rng.randrange(10**8), "radioType": "LTE",
            },
        )

    def create_sim(self, operator_id: str, *, virtual: bool, subscription: str | None = None, now_ms: int) -> SimRecord:
        sim = self._new_sim(operator_id, virtual=virtual, subscription=subscription)
        sim.status, sim.session, sim.testing = "ready", None, False
        sim.tags, sim.group_id, sim.termination_enabled = {}, None, False
        sim.created_ms = sim.last_modified_ms = now_ms
        sim.primary.created_ms = now_ms
        sim.events, sim.status_history, sim.data_entries = [], [], []
        self.sims[sim.sim_id] = sim
        return sim

    # --- lookups ----------------------------------------------------------------------------
    def owned(self, operator_id: str) -> Iterator[SimRecord]:
        return (sim for sim in self.sims.values() if sim.operator_id == operator_id)

    # --- lazily seeded history --------------------------------------------------------------
    def history(self, sim: SimRecord) -> None:
        """Seed the SIM's session events, status history and Harvest data on first use."""
        if sim.events is not None:
            return
        rng = random.Random(f"history:{self.seed}:{sim.sim_id}")
        line = sim.primary
        events: list[dict[str, Any]] = []
        t = sim.created_ms + DAY_MS
        end = sim.session.created_ms if sim.session else BASE_MS
        while t < end - DAY_MS and len(events) < 40:
            session = self.new_session(sim, t)
            events.append(self.event(sim, line, session, "Created", t))
            t += rng.randrange(1, 48) * 3_600_000
            if rng.random() < 0.3:
                events.append(self.event(sim, line, session, "Modified", t))
                t += rng.randrange(1, 12) * 3_600_000
            events.append(self.event(sim, line, session, "Deleted", min(t, end - 1)))
            t += rng.randrange(1, 72) * 3_600_000
        if sim.session:
            events.append(self.event(sim, line, sim.session, "Created", sim.session.created_ms))
        sim.events = events
        sim.status_history = [self.status_entry(sim, line, "ready", sim.created_ms)]
        if sim.status != "ready":
            sim.status_history.append(self.status_entry(sim, line, sim.status, sim.last_modified_ms))
        data: list[dict[str, Any]] = []
        if sim.status in ("active", "inactive", "suspended"):
            at = BASE_MS
            for _ in range(rng.randrange(0, 30)):
                at -= rng.randrange(10, 120) * 60_000  # strictly earlier, so keys stay unique
                content = f'{{"temperature":{rng.randrange(150, 300) / 10},"humidity":{rng.randrange(30, 80)}}}'
                data.append({"time": at, "content": content})
        sim.data_entries = sorted(data, key=lambda d: d["time"])

    def event(self, sim: SimRecord, line: Line, session: DeviceSession, kind: str, at_ms: int) -> dict[str, Any]:
        return {
            "apn": "soracom.io",
            "cell": dict(session.cell),
            "createdTime": _iso(at_ms),
            "dns0": session.dns[0],
            "dns1": session.dns[1],
            "event": kind,
            "gatewayPrivateIpAddress": session.gateway_private_ip,
            "gatewayPublicIpAddress": session.gateway_public_ip,
            "imei": session.imei,
            "imsi": line.imsi,
            "operatorId": sim.operator_id or "",
            "sessionId": session.session_id,
            "simId": sim.sim_id,
            "subscription": line.subscription,
            "time": at_ms,
            "ueIpAddress": session.ue_ip,
            "vpgId": session.vpg_id,
        }

    def status_entry(self, sim: SimRecord, line: Line, status: str, at_ms: int) -> dict[str, Any]:
        entry: dict[str, Any] = {
            "applyDateTimeEpochSec": at_ms // 1000,
            "bundles": list(line.bundles),
            "imsi": line.imsi,
            "isPrimary": line.primary,
            "primaryImsi": sim.primary.imsi,
            "simId": sim.sim_id,
            "speedClass": line.speed_class,
            "status": status,
            "subscription": line.subscription,
        }
        if sim.group_id:
            entry["groupId"] = sim.group_id
        return entry


def _iso(ms: int) -> str:
    import datetime as _dt

    return _dt.datetime.fromtimestamp(ms / 1000, tz=_dt.timezone.utc).isoformat(timespec="milliseconds").replace(
        "+00:00", "Z"
    )


iso = _iso
