# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._model_base import ModelBase
from ..._model_base import set_null as _set_null
from ..._model_support import model_parse_error

T = TypeVar("T", bound="SessionEvent")
_new = object.__new__  # from_dict sets every slot itself, so it skips the attrs __init__


# The JSON names of the fields; any other key goes to additional_properties.
_SESSIONEVENT_FIELDS = frozenset(
    (
        "apn",
        "cell",
        "createdTime",
        "dns0",
        "dns1",
        "event",
        "gatewayPrivateIpAddress",
        "gatewayPublicIpAddress",
        "imei",
        "imsi",
        "operatorId",
        "sessionId",
        "simId",
        "subscription",
        "time",
        "ueIpAddress",
        "vpgId",
    )
)


@_attrs_define(repr=False)
class SessionEvent(ModelBase):
    """
    Attributes:
        apn (str | None): The Access Point Name configured.
        cell (Cell | None): Information about the base station to which the IoT SIM is connected. It will not be output
            for virtual SIM/subscribers.
        created_time (str | None):
        dns0 (str | None): First IP address of DNS servers.
        dns1 (str | None): Second IP address of DNS servers.
        event (str | None): The type of session event. It is one of the following:
            - `Created`: The session has been established.
            - `Modified`: The session update (handover) was notified by the base station due to reasons such as device
            movement or changes in radio wave strength.
            - `Deleted`: The session has been disconnected.
            In the case of `Created` or `Modified`, it indicates that the session state is online. In the case of `Deleted`,
            it indicates that the session state is offline. For the meaning of a session, refer to [State
            (Online/Offline)](/en-us/resources/glossary/session/#state-online-offline).
        gateway_private_ip_address (str | None): The private IP address of the VPG. In the case of VPG Type-F, the
            source IP address of the closed network communication from the IoT SIM to the customer's system is NAT-ed to
            this IP address.
        gateway_public_ip_address (str | None): The fixed global IP address when using the VPG [Fixed Global IP Address
            Option](/en/docs/vpg/fixed-global-ip/).
        imei (str | None): The IMEI of the device using the IoT SIM. If using a virtual SIM/subscriber, this will be
            `null`.
        imsi (str | None): The IMSI of the IoT SIM.
        operator_id (str | None): The operator ID of the session event.
        session_id (str | None): The session ID.
        sim_id (str | None):
        subscription (str | None): The subscription.
        time (int | None): The timestamp of the session event.
        ue_ip_address (str | None): The IP address of the device.
        vpg_id (str | None): The VPG ID. If the VPG was not used, this will not be output.
    """

    apn: str | None = None
    cell: Cell | None = None
    created_time: str | None = None
    dns0: str | None = None
    dns1: str | None = None
    event: str | None = None
    gateway_private_ip_address: str | None = None
    gateway_public_ip_address: str | None = None
    imei: str | None = None
    imsi: str | None = None
    operator_id: str | None = None
    session_id: str | None = None
    sim_id: str | None = None
    subscription: str | None = None
    time: int | None = None
    ue_ip_address: str | None = None
    vpg_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)
    _soracom_fields = (
        ("apn", "apn", False),
        ("cell", "cell", False),
        ("created_time", "createdTime", False),
        ("dns0", "dns0", False),
        ("dns1", "dns1", False),
        ("event", "event", False),
        ("gateway_private_ip_address", "gatewayPrivateIpAddress", False),
        ("gateway_public_ip_address", "gatewayPublicIpAddress", False),
        ("imei", "imei", False),
        ("imsi", "imsi", False),
        ("operator_id", "operatorId", False),
        ("session_id", "sessionId", False),
        ("sim_id", "simId", False),
        ("subscription", "subscription", False),
        ("time", "time", False),
        ("ue_ip_address", "ueIpAddress", False),
        ("vpg_id", "vpgId", False),
    )

    def set_null(
        self,
        *fields: Literal[
            "apn",
            "cell",
            "created_time",
            "dns0",
            "dns1",
            "event",
            "gateway_private_ip_address",
            "gateway_public_ip_address",
            "imei",
            "imsi",
            "operator_id",
            "session_id",
            "sim_id",
            "subscription",
            "time",
            "ue_ip_address",
            "vpg_id",
        ],
    ) -> Self:
        """Send these optional fields as JSON null (each is set to None); a None field is otherwise left out."""
        return _set_null(self, fields)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.apn is not None:
            field_dict["apn"] = self.apn
        elif "apn" in self._nulls:
            field_dict["apn"] = None
        if self.cell is not None:
            field_dict["cell"] = self.cell.to_dict()

        elif "cell" in self._nulls:
            field_dict["cell"] = None
        if self.created_time is not None:
            field_dict["createdTime"] = self.created_time
        elif "created_time" in self._nulls:
            field_dict["createdTime"] = None
        if self.dns0 is not None:
            field_dict["dns0"] = self.dns0
        elif "dns0" in self._nulls:
            field_dict["dns0"] = None
        if self.dns1 is not None:
            field_dict["dns1"] = self.dns1
        elif "dns1" in self._nulls:
            field_dict["dns1"] = None
        if self.event is not None:
            field_dict["event"] = self.event
        elif "event" in self._nulls:
            field_dict["event"] = None
        if self.gateway_private_ip_address is not None:
            field_dict["gatewayPrivateIpAddress"] = self.gateway_private_ip_address
        elif "gateway_private_ip_address" in self._nulls:
            field_dict["gatewayPrivateIpAddress"] = None
        if self.gateway_public_ip_address is not None:
            field_dict["gatewayPublicIpAddress"] = self.gateway_public_ip_address
        elif "gateway_public_ip_address" in self._nulls:
            field_dict["gatewayPublicIpAddress"] = None
        if self.imei is not None:
            field_dict["imei"] = self.imei
        elif "imei" in self._nulls:
            field_dict["imei"] = None
        if self.imsi is not None:
            field_dict["imsi"] = self.imsi
        elif "imsi" in self._nulls:
            field_dict["imsi"] = None
        if self.operator_id is not None:
            field_dict["operatorId"] = self.operator_id
        elif "operator_id" in self._nulls:
            field_dict["operatorId"] = None
        if self.session_id is not None:
            field_dict["sessionId"] = self.session_id
        elif "session_id" in self._nulls:
            field_dict["sessionId"] = None
        if self.sim_id is not None:
            field_dict["simId"] = self.sim_id
        elif "sim_id" in self._nulls:
            field_dict["simId"] = None
        if self.subscription is not None:
            field_dict["subscription"] = self.subscription
        elif "subscription" in self._nulls:
            field_dict["subscription"] = None
        if self.time is not None:
            field_dict["time"] = self.time
        elif "time" in self._nulls:
            field_dict["time"] = None
        if self.ue_ip_address is not None:
            field_dict["ueIpAddress"] = self.ue_ip_address
        elif "ue_ip_address" in self._nulls:
            field_dict["ueIpAddress"] = None
        if self.vpg_id is not None:
            field_dict["vpgId"] = self.vpg_id
        elif "vpg_id" in self._nulls:
            field_dict["vpgId"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            # Reading the first field (d.get / d[...]) fails on anything but a mapping: no type check needed.
            d = src_dict
            _obj = _new(cls)
            _nulls: tuple[str, ...] = ()
            _obj.apn = apn = d.get("apn")
            if apn is None and "apn" in d:
                _nulls += ("apn",)

            cell = d.get("cell")
            if cell is not None:
                cell = _Cell_from_dict(cell)
            elif "cell" in d:
                _nulls += ("cell",)
            _obj.cell = cell

            _obj.created_time = created_time = d.get("createdTime")
            if created_time is None and "createdTime" in d:
                _nulls += ("created_time",)

            _obj.dns0 = dns0 = d.get("dns0")
            if dns0 is None and "dns0" in d:
                _nulls += ("dns0",)

            _obj.dns1 = dns1 = d.get("dns1")
            if dns1 is None and "dns1" in d:
                _nulls += ("dns1",)

            _obj.event = event = d.get("event")
            if event is None and "event" in d:
                _nulls += ("event",)

            _obj.gateway_private_ip_address = gateway_private_ip_address = d.get("gatewayPrivateIpAddress")
            if gateway_private_ip_address is None and "gatewayPrivateIpAddress" in d:
                _nulls += ("gateway_private_ip_address",)

            _obj.gateway_public_ip_address = gateway_public_ip_address = d.get("gatewayPublicIpAddress")
            if gateway_public_ip_address is None and "gatewayPublicIpAddress" in d:
                _nulls += ("gateway_public_ip_address",)

            _obj.imei = imei = d.get("imei")
            if imei is None and "imei" in d:
                _nulls += ("imei",)

            _obj.imsi = imsi = d.get("imsi")
            if imsi is None and "imsi" in d:
                _nulls += ("imsi",)

            _obj.operator_id = operator_id = d.get("operatorId")
            if operator_id is None and "operatorId" in d:
                _nulls += ("operator_id",)

            _obj.session_id = session_id = d.get("sessionId")
            if session_id is None and "sessionId" in d:
                _nulls += ("session_id",)

            _obj.sim_id = sim_id = d.get("simId")
            if sim_id is None and "simId" in d:
                _nulls += ("sim_id",)

            _obj.subscription = subscription = d.get("subscription")
            if subscription is None and "subscription" in d:
                _nulls += ("subscription",)

            _obj.time = time = d.get("time")
            if time is None and "time" in d:
                _nulls += ("time",)

            _obj.ue_ip_address = ue_ip_address = d.get("ueIpAddress")
            if ue_ip_address is None and "ueIpAddress" in d:
                _nulls += ("ue_ip_address",)

            _obj.vpg_id = vpg_id = d.get("vpgId")
            if vpg_id is None and "vpgId" in d:
                _nulls += ("vpg_id",)

            if _SESSIONEVENT_FIELDS.issuperset(d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {k: v for k, v in d.items() if k not in _SESSIONEVENT_FIELDS}
            _obj._nulls = _nulls
        except Exception as exc:
            raise model_parse_error("SessionEvent", src_dict, exc) from exc
        return _obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.cell import Cell  # noqa: E402

_Cell_from_dict = Cell.from_dict
