# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._model_support import model_parse_error
from ..types import UNSET, Unset

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


@_attrs_define
class SessionEvent:
    """
    Attributes:
        apn (str | Unset): The Access Point Name configured.
        cell (Cell | Unset): Information about the base station to which the IoT SIM is connected. It will not be output
            for virtual SIM/subscribers.
        created_time (str | Unset):
        dns0 (str | Unset): First IP address of DNS servers.
        dns1 (str | Unset): Second IP address of DNS servers.
        event (str | Unset): The type of session event. It is one of the following:
            - `Created`: The session has been established.
            - `Modified`: The session update (handover) was notified by the base station due to reasons such as device
            movement or changes in radio wave strength.
            - `Deleted`: The session has been disconnected.
            In the case of `Created` or `Modified`, it indicates that the session state is online. In the case of `Deleted`,
            it indicates that the session state is offline. For the meaning of a session, refer to [State
            (Online/Offline)](/en-us/resources/glossary/session/#state-online-offline).
        gateway_private_ip_address (str | Unset): The private IP address of the VPG. In the case of VPG Type-F, the
            source IP address of the closed network communication from the IoT SIM to the customer's system is NAT-ed to
            this IP address.
        gateway_public_ip_address (str | Unset): The fixed global IP address when using the VPG [Fixed Global IP Address
            Option](/en/docs/vpg/fixed-global-ip/).
        imei (str | Unset): The IMEI of the device using the IoT SIM. If using a virtual SIM/subscriber, this will be
            `null`.
        imsi (str | Unset): The IMSI of the IoT SIM.
        operator_id (str | Unset): The operator ID of the session event.
        session_id (str | Unset): The session ID.
        sim_id (str | Unset):
        subscription (str | Unset): The subscription.
        time (int | Unset): The timestamp of the session event.
        ue_ip_address (str | Unset): The IP address of the device.
        vpg_id (str | Unset): The VPG ID. If the VPG was not used, this will not be output.
    """

    apn: str | Unset | None = UNSET
    cell: Cell | Unset | None = UNSET
    created_time: str | Unset | None = UNSET
    dns0: str | Unset | None = UNSET
    dns1: str | Unset | None = UNSET
    event: str | Unset | None = UNSET
    gateway_private_ip_address: str | Unset | None = UNSET
    gateway_public_ip_address: str | Unset | None = UNSET
    imei: str | Unset | None = UNSET
    imsi: str | Unset | None = UNSET
    operator_id: str | Unset | None = UNSET
    session_id: str | Unset | None = UNSET
    sim_id: str | Unset | None = UNSET
    subscription: str | Unset | None = UNSET
    time: int | Unset | None = UNSET
    ue_ip_address: str | Unset | None = UNSET
    vpg_id: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        apn = self.apn

        cell: Any
        if self.cell is None:
            cell = None
        else:
            cell = UNSET
            if not isinstance(self.cell, Unset):
                cell = self.cell.to_dict()

        created_time = self.created_time

        dns0 = self.dns0

        dns1 = self.dns1

        event = self.event

        gateway_private_ip_address = self.gateway_private_ip_address

        gateway_public_ip_address = self.gateway_public_ip_address

        imei = self.imei

        imsi = self.imsi

        operator_id = self.operator_id

        session_id = self.session_id

        sim_id = self.sim_id

        subscription = self.subscription

        time = self.time

        ue_ip_address = self.ue_ip_address

        vpg_id = self.vpg_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if apn is not UNSET:
            field_dict["apn"] = apn
        if cell is not UNSET:
            field_dict["cell"] = cell
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if dns0 is not UNSET:
            field_dict["dns0"] = dns0
        if dns1 is not UNSET:
            field_dict["dns1"] = dns1
        if event is not UNSET:
            field_dict["event"] = event
        if gateway_private_ip_address is not UNSET:
            field_dict["gatewayPrivateIpAddress"] = gateway_private_ip_address
        if gateway_public_ip_address is not UNSET:
            field_dict["gatewayPublicIpAddress"] = gateway_public_ip_address
        if imei is not UNSET:
            field_dict["imei"] = imei
        if imsi is not UNSET:
            field_dict["imsi"] = imsi
        if operator_id is not UNSET:
            field_dict["operatorId"] = operator_id
        if session_id is not UNSET:
            field_dict["sessionId"] = session_id
        if sim_id is not UNSET:
            field_dict["simId"] = sim_id
        if subscription is not UNSET:
            field_dict["subscription"] = subscription
        if time is not UNSET:
            field_dict["time"] = time
        if ue_ip_address is not UNSET:
            field_dict["ueIpAddress"] = ue_ip_address
        if vpg_id is not UNSET:
            field_dict["vpgId"] = vpg_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict("") would give {}
                raise TypeError(f"expected an object, got {type(src_dict).__name__}")
            d = src_dict
            _obj = _new(cls)
            _obj.apn = d.get("apn", UNSET)

            cell = d.get("cell", UNSET)
            if cell is not None and cell is not UNSET:
                cell = Cell.from_dict(cell)
            _obj.cell = cell

            _obj.created_time = d.get("createdTime", UNSET)

            _obj.dns0 = d.get("dns0", UNSET)

            _obj.dns1 = d.get("dns1", UNSET)

            _obj.event = d.get("event", UNSET)

            _obj.gateway_private_ip_address = d.get("gatewayPrivateIpAddress", UNSET)

            _obj.gateway_public_ip_address = d.get("gatewayPublicIpAddress", UNSET)

            _obj.imei = d.get("imei", UNSET)

            _obj.imsi = d.get("imsi", UNSET)

            _obj.operator_id = d.get("operatorId", UNSET)

            _obj.session_id = d.get("sessionId", UNSET)

            _obj.sim_id = d.get("simId", UNSET)

            _obj.subscription = d.get("subscription", UNSET)

            _obj.time = d.get("time", UNSET)

            _obj.ue_ip_address = d.get("ueIpAddress", UNSET)

            _obj.vpg_id = d.get("vpgId", UNSET)

            if _SESSIONEVENT_FIELDS.issuperset(d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {k: v for k, v in d.items() if k not in _SESSIONEVENT_FIELDS}
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
