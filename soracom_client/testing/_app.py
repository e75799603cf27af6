"""FakeSoracom: the ASGI app. Routing from openapi.yaml, auth, validation, faults, dispatch."""

from __future__ import annotations

import json
from collections import Counter, deque
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import Message, Receive, Scope, Send

# Importing the handler modules registers their operations.
from . import _captures, _cells, _downlink, _orders, _sims, _subscribers, _transfers  # noqa: F401
from ._auth import ApiSession, Operator
from ._clock import Clock, ManualClock, SystemClock
from ._errors import CODES, FakeApiError
from ._faults import ConnectionDropped, FaultInjector, Faults
from ._pagination import Paged, paginate
from ._registry import HANDLERS, Call, Reply
from ._spec import Operation, Spec, SpecError, json_bytes, load_spec
from ._state import STATUSES, SUBSCRIPTIONS, Downlink, FakeState, SentSms

if TYPE_CHECKING:
    from soracom_client import Soracom

    from .._credentials import AuthKey

API_KEY_HEADER = "X-Soracom-API-Key"
TOKEN_HEADER = "X-Soracom-Token"
# On an answer served from the spec alone (an operation the fake has no handler for): its operationId.
UNHANDLED_HEADER = "X-Fake-Soracom-Unhandled"


def _error(exc: FakeApiError, headers: dict[str, str] | None = None) -> Response:
    return JSONResponse(exc.body(), status_code=exc.status, headers={**(headers or {}), **exc.headers})


class FakeSoracom:
    """An in-memory, stateful Soracom API as an ASGI app.

    >>> fake = FakeSoracom(seed=1, sims=250)
    >>> client = httpx.AsyncClient(transport=httpx.ASGITransport(app=fake), base_url="http://fake/v1")

    Same seed, same fleet. Every request is checked against openapi.yaml; every operation of the
    spec is served. An operation the fake has no handler for (one a newer openapi.yaml added) is
    served from the spec itself: its request is validated, and it answers the documented success
    response (the spec's example, or the smallest valid instance of its schema), marked with the
    `X-Fake-Soracom-Unhandled` header; `unhandled_operations` lists them. `clock` defaults to real
    time; pass a `ManualClock` to move time by hand.

    What it received: `sms`, `downlinks`, and `calls` (a Counter: operationId -> requests that reached
    that operation, including those refused, rate-limited or scripted with `fail_next`; an injected
    5xx or dropped connection of `Faults` is answered before routing and not counted).
    """

    def __init__(
        self,
        seed: int = 1,
        sims: int = 250,
        *,
        faults: Faults | None = None,
        clock: Clock | None = None,
        spec_path: str | None = None,
    ) -> None:
        if sims < 0:
            raise ValueError("sims must be >= 0")
        self.seed = seed
        self.clock: Clock = clock or SystemClock()
        self.spec: Spec = load_spec(spec_path)
        self.state: FakeState = FakeState(seed, sims)
        self._injector = FaultInjector(faults or Faults(), seed)
        # operationId -> requests that reached it (see `calls`); scripted answers waiting per operationId.
        self.calls: Counter[str] = Counter()
        self._scripted: dict[str, deque[_Scripted]] = {}
        routes = [
            Route("/v1/auth", self._auth, methods=["POST"]),
            Route("/v1/operators/{operator_id}/token", self._renew, methods=["POST"]),
        ]
        # Literal paths first, so /subscribers/export is not taken for /subscribers/{imsi}.
        ops = sorted(self.spec.operations.values(), key=lambda o: (o.path.count("{"), o.path))
        routes += [Route(self.spec.base_path + op.path, self._endpoint(op), methods=[op.method]) for op in ops]
        self._app = Starlette(routes=routes, exception_handlers={HTTPException: self._http_error})

    # --- public helpers ---------------------------------------------------------------------
    @property
    def unhandled_operations(self) -> list[str]:
        """The spec's operations this fake has no handler for, answered from the spec alone (sorted)."""
        return sorted(set(self.spec.operations) - set(HANDLERS))

    @property
    def faults(self) -> Faults:
        return self._injector.faults

    @faults.setter
    def faults(self, faults: Faults) -> None:
        """Change the fault knobs while running; the random stream carries on."""
        self._injector.faults = faults

    @property
    def operator(self) -> Operator:
        return self.state.operator

    @property
    def operator_id(self) -> str:
        return self.state.operator.operator_id

    @property
    def auth_key_id(self) -> str:
        return self.state.operator.auth_key_id

    @property
    def auth_key(self) -> str:
        return self.state.operator.auth_key

    @property
    def credentials(self) -> AuthKey:
        """A `soracom_client.AuthKey` this fake accepts (imported on use: serving needs no facade)."""
        from .._credentials import AuthKey

        return AuthKey(self.auth_key_id, self.auth_key)

    def client(self, **options: Any) -> Soracom:
        """A `soracom_client.Soracom` connected to this fake in-process, logged in with `credentials`, on
        the fake's clock when it is a `ManualClock` (so the client's waits move virtual time: no test waits).

        `options` go to `Soracom` (e.g. `max_retries=5`, `deadline=30`, or an `http_client` over
        `httpx.ASGITransport(app=fake)` with event hooks); use it as `async with fake.client() as soracom:`.
        With the default `SystemClock`, the client waits in real time.
        """
        import httpx

        from soracom_client import Soracom  # noqa: F811  (the real one, at run time)

        options.setdefault("clock", self.clock if isinstance(self.clock, ManualClock) else None)
        if options.get("http_client") is None:  # a given http_client must carry the transport itself
            options.setdefault("transport", httpx.ASGITransport(app=self))
        return Soracom(auth=self.credentials, base_url=f"http://fake{self.spec.base_path}", **options)

    def fail_next(self, operation: str, error: str | int, *, times: int = 1, message: str | None = None,
                  headers: Mapping[str, str] | None = None) -> None:
        """Answer the next `times` requests of `operation` with `error` instead of carrying them out.

        `operation` is an operationId (``"sendSms"``) or ``"METHOD /path"`` as the spec writes it
        (``"POST /sims/{sim_id}/send_sms"``). `error` is a code of `CODES` (``"SEM0016"``: its status and
        message) or an HTTP status (``503``: a `COM0005`-shaped body with that status). `headers` are added
        to the answer (e.g. ``{"Retry-After": "30"}``). Requests are still authenticated and counted
        against rate limits first, as the real API would; the scripted answers are used up in order.
        """
        op = self._operation(operation)
        if isinstance(error, bool) or not isinstance(error, (str, int)):
            raise TypeError(f"error: a code of CODES or an HTTP status, got {error!r}")
        if isinstance(error, str):
            if error not in CODES:
                raise ValueError(f"error: {error!r} is not in soracom_client.testing.CODES")
            status, default = CODES[error]
            body = {"code": error, "message": message or default}
        else:
            if not 400 <= error <= 599:
                raise ValueError(f"error: an HTTP status from 400 to 599, got {error}")
            body = {"code": "COM0005", "message": message or f"Scripted failure (status {error}, FakeSoracom)."}
            status = error
        if times < 1:
            raise ValueError(f"times: must be >= 1, got {times}")
        queue = self._scripted.setdefault(op.operation_id, deque())
        queue.extend([_Scripted(status, body, dict(headers or {}))] * times)

    def _operation(self, name: str) -> Operation:
        found = self.spec.operations.get(name)
        if found is None and " " in name:
            method, _, path = name.partition(" ")
            found = next((o for o in self.spec.operations.values()
                          if o.method == method.upper() and o.path == path), None)
        if found is None:
            raise ValueError(f"operation: {name!r} is neither an operationId nor 'METHOD /path' of the spec")
        return found

    def api_headers(self, operator: Operator | None = None, *, token_timeout_seconds: int = 86_400) -> dict[str, str]:
        """Log in without a request and return both auth headers, for raw-HTTP tests."""
        op = operator or self.state.operator
        reply = self.state.auth.login(
            {"authKeyId": op.auth_key_id, "authKey": op.auth_key, "tokenTimeoutSeconds": token_timeout_seconds},
            self.clock.now(),
        )
        return {API_KEY_HEADER: reply["apiKey"], TOKEN_HEADER: reply["token"]}

    def add_operator(self, operator_id: str | None = None) -> Operator:
        """Another account (with no SIMs), e.g. the destination of a SIM transfer."""
        return self.state.auth.add_operator(operator_id)

    def expire_tokens(self, token: str | None = None) -> int:
        """Expire one API token, or every one; the next request with it gets 401 AUM0003."""
        return self.state.auth.expire(token)

    def sim_ids(self, *, status: str | None = None, online: bool | None = None) -> list[str]:
        """The operator's SIM IDs in listSims order, optionally filtered."""
        return sorted(
            sim.sim_id
            for sim in self.state.owned(self.operator_id)
            if (status is None or sim.status == status) and (online is None or sim.online == online)
        )

    def add_sim(self, status: str = "active", *, online: bool = False, sms: bool = True,
                subscription: str = "plan01s", tags: Mapping[str, str] | None = None,
                termination_enabled: bool = False) -> str:
        """A new SIM of the operator in `status` (ready, active, inactive, standby, suspended, terminated);
        `online=True` brings its device on line (active SIMs only). Returns its SIM ID."""
        statuses = {name for name, _ in STATUSES}
        if status not in statuses:
            raise ValueError(f"status: one of {sorted(statuses)}, got {status!r}")
        if online and status != "active":
            raise ValueError(f"online: only an active SIM can be online, not a {status} one")
        plans = {name for name, _ in SUBSCRIPTIONS}
        if subscription not in plans:
            raise ValueError(f"subscription: one of {sorted(plans)}, got {subscription!r}")
        now_ms = int(self.clock.now() * 1000)
        sim = self.state.create_sim(self.operator_id, virtual=False, subscription=subscription, now_ms=now_ms)
        sim.sms, sim.tags, sim.termination_enabled = sms, dict(tags or {}), termination_enabled
        line = sim.primary
        assert sim.status_history is not None
        sim.status_history.append(self.state.status_entry(sim, line, "ready", now_ms))
        if status != "ready":
            sim.status = status
            sim.status_history.append(self.state.status_entry(sim, line, status, now_ms))
        if online:
            self.connect(sim.sim_id)
        return sim.sim_id

    def imsi_of(self, sim_id: str) -> str:
        return self.state.sims[sim_id].primary.imsi

    def registration_secrets(self) -> dict[str, str]:
        """SIM ID -> registration secret of the SIMs waiting to be registered."""
        return {sim_id: sim.registration_secret or "" for sim_id, sim in self.state.unregistered.items()}

    def connect(self, sim_id: str) -> None:
        """Bring a SIM's device online (the SIM must be active)."""
        sim = self.state.sims[sim_id]
        if sim.status != "active":
            raise ValueError(f"SIM {sim_id} is {sim.status}; only an active SIM can connect")
        if sim.session is None:
            sim.session = self.state.new_session(sim, int(self.clock.now() * 1000))

    def disconnect(self, sim_id: str) -> None:
        sim = self.state.sims[sim_id]
        if sim.session is not None:
            sim.session.deleted_ms = int(self.clock.now() * 1000)
            sim.previous_session, sim.session = sim.session, None

    @property
    def sms(self) -> list[SentSms]:
        """Every SMS accepted, oldest first."""
        return self.state.sms

    @property
    def downlinks(self) -> list[Downlink]:
        """Every downlink delivered (tcp, udp, http, ssh, rtsp, ping), oldest first."""
        return self.state.downlinks

    def udp_datagrams(self, sim_id: str | None = None) -> Iterator[Downlink]:
        return (d for d in self.state.downlinks if d.kind == "udp" and (sim_id is None or d.sim_id == sim_id))

    # --- ASGI -------------------------------------------------------------------------------
    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self._app(scope, receive, send)
            return
        injector = self._injector
        delay = injector.latency()
        if delay > 0:
            await self.clock.sleep(delay)
        if injector.drop():
            if not self.faults.drop_after_handling:
                await _drop(send)
            await self._app(scope, receive, _dropping(send))
            return
        status = injector.server_error()
        if status is not None:
            exc = FakeApiError("COM0005", f"Internal server error (injected by FakeSoracom, status {status}).")
            response = JSONResponse(exc.body(), status_code=status)
            await response(scope, receive, send)
            return
        await self._app(scope, receive, send)

    async def _http_error(self, request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        code = "COM0003" if exc.status_code == 405 else "COM0002"
        return _error(FakeApiError(code))

    # --- auth -------------------------------------------------------------------------------
    async def _json_body(self, request: Request) -> Any:
        raw = await request.body()
        if not raw:
            return None
        try:
            return json.loads(raw)
        except ValueError as exc:
            raise FakeApiError("COM0001", "The request body is not valid JSON.") from exc

    async def _auth(self, request: Request) -> Response:
        try:
            return JSONResponse(self.state.auth.login(await self._json_body(request), self.clock.now()))
        except FakeApiError as exc:
            return _error(exc)

    async def _renew(self, request: Request) -> Response:
        try:
            session = self._authenticate(request)
            body = await self._json_body(request)
            return JSONResponse(
                self.state.auth.renew(session, request.path_params["operator_id"], body, self.clock.now())
            )
        except FakeApiError as exc:
            return _error(exc)

    def _authenticate(self, request: Request) -> ApiSession:
        session = self.state.auth.authenticate(
            request.headers.get(API_KEY_HEADER), request.headers.get(TOKEN_HEADER), self.clock.now()
        )
        if self._injector.expire_token():
            self.state.auth.expire(session.token)
            raise FakeApiError("AUM0003")
        return session

    # --- operations -------------------------------------------------------------------------
    def _endpoint(self, op: Operation) -> Any:
        async def endpoint(request: Request) -> Response:
            return await self._handle(op, request)

        return endpoint

    async def _handle(self, op: Operation, request: Request) -> Response:
        limit_headers: dict[str, str] = {}
        self.calls[op.operation_id] += 1
        try:
            session = self._authenticate(request)
            decision = self._injector.rate_limit(session.operator_id, op.method, op.path, self.clock.now())
            if decision is not None:
                limit_headers = decision.headers()
                if not decision.allowed:
                    raise FakeApiError("COM0004")
            scripted = self._scripted.get(op.operation_id)
            if scripted:
                answer = scripted.popleft()
                return JSONResponse(answer.body, answer.status, {**limit_headers, **answer.headers})
            raw = await request.body()
            query = list(request.query_params.multi_items())
            try:
                self.spec.validate_request(
                    op,
                    path_params=request.path_params,
                    query=query,
                    headers=dict(request.headers),
                    body=raw,
                    content_type=request.headers.get("content-type", "application/json"),
                )
            except SpecError as exc:
                raise FakeApiError("COM0001", f"Invalid request: {exc}") from exc
            call = Call(
                state=self.state,
                clock=self.clock,
                operator_id=session.operator_id,
                path=request.path_params,
                query=dict(query),
                body=json.loads(raw) if raw else None,
            )
            handler = HANDLERS.get(op.operation_id)
            if handler is None:
                result: Any = Reply(body=self.spec.documented_answer(op),
                                    headers={UNHANDLED_HEADER: op.operation_id})
            else:
                result = await handler(call)
            return self._respond(op, call, result, limit_headers)
        except FakeApiError as exc:
            return _error(exc, limit_headers)

    def _respond(self, op: Operation, call: Call, result: Any, headers: dict[str, str]) -> Response:
        """The answer in the status and shape the spec documents for `op`: no body where it documents
        none (whatever the handler computed), the documented body where the handler has none to give."""
        if isinstance(result, Paged):
            pagination = op.pagination
            if pagination is None:  # a list the spec does not page: the whole of it
                items = result.items if result.render is None else [result.render(i) for i in result.items]
                return Response(json_bytes(items), op.success_status, headers, "application/json")
            limit = min(call.int_query("limit") or pagination.default_limit, pagination.max_limit)
            page, next_key = paginate(result, limit, call.query.get(pagination.param))
            if next_key is not None:
                headers = {**headers, pagination.header: next_key}
            return Response(json_bytes(page), op.success_status, headers, "application/json")
        reply = result if isinstance(result, Reply) else Reply(body=result)
        status = reply.status or op.success_status
        headers = {**headers, **reply.headers}
        documented = reply.status is None or reply.status == op.success_status
        if documented and op.success_media is None:
            return Response(None, status, headers)
        if reply.raw is not None:
            return Response(reply.raw, status, headers, reply.content_type)
        if documented and reply.body is None:
            reply.body = self.spec.documented_answer(op)
            headers[UNHANDLED_HEADER] = op.operation_id
        if status == 204 or reply.body is None:
            return Response(None, status, headers)
        return Response(json_bytes(reply.body), status, headers, reply.content_type)


@dataclass(frozen=True)
class _Scripted:
    status: int
    body: dict[str, str]
    headers: dict[str, str]


async def _drop(send: Send) -> None:
    # Headers promising a body that never comes, then the connection goes: under uvicorn the socket
    # is closed; in-process the exception itself reaches the client as httpx.RemoteProtocolError.
    await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"64")]})
    raise ConnectionDropped()


def _dropping(send: Send) -> Send:
    async def wrapped(message: Message) -> None:
        if message["type"] == "http.response.start":
            await _drop(send)
        await send(message)

    return wrapped
