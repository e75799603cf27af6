# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._model_support import model_parse_error
from ..types import UNSET, Unset

T = TypeVar("T", bound="PreviousSessionStatus")
_new = object.__new__  # from_dict sets every slot itself, so it skips the attrs __init__


# The JSON names of the fields; any other key goes to additional_properties.
_PREVIOUSSESSIONSTATUS_FIELDS = frozenset(
    (
        "cell",
        "createdTime",
        "deletedTime",
        "dnsServers",
        "gatewayPrivateIpAddress",
        "gatewayPublicIpAddress",
        "imei",
        "imsi",
        "sessionId",
        "subscription",
        "ueIpAddress",
        "vpgId",
    )
)


@_attrs_define
class PreviousSessionStatus:
    """Information about the previous session.

    Attributes:
        cell (Cell | Unset): Information about the base station to which the IoT SIM is connected. It will not be output
            for virtual SIM/subscribers.
        created_time (int | Unset): The time when the previous session was created.
        deleted_time (int | Unset): The time when the previous session was deleted.
        dns_servers (list[str] | Unset): Array of IP address of the DNS servers.
        gateway_private_ip_address (str | Unset): The private IP address of the VPG. In the case of VPG Type-F, the
            source IP address of the closed network communication from the IoT SIM to the customer's system is NAT-ed to
            this IP address.
        gateway_public_ip_address (str | Unset): The fixed global IP address when using the VPG [Fixed Global IP Address
            Option](/en/docs/vpg/fixed-global-ip/).
        imei (str | Unset): The IMEI of the device using the IoT SIM. If using a virtual SIM/subscriber, this will be
            `null`.
        imsi (str | Unset): The IMSI of the IoT SIM.
        session_id (str | Unset): The session ID.
        subscription (str | Unset):
        ue_ip_address (str | Unset): The IP address of the device.
        vpg_id (str | Unset): The VPG ID. If the VPG was not used, this will not be output.
    """

    cell: Cell | Unset | None = UNSET
    created_time: int | Unset | None = UNSET
    deleted_time: int | Unset | None = UNSET
    dns_servers: list[str] | Unset | None = UNSET
    gateway_private_ip_address: str | Unset | None = UNSET
    gateway_public_ip_address: str | Unset | None = UNSET
    imei: str | Unset | None = UNSET
    imsi: str | Unset | None = UNSET
    session_id: str | Unset | None = UNSET
    subscription: str | Unset | None = UNSET
    ue_ip_address: str | Unset | None = UNSET
    vpg_id: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cell: Any
        if self.cell is None:
            cell = None
        else:
            cell = UNSET
            if not isinstance(self.cell, Unset):
                cell = self.cell.to_dict()

        created_time = self.created_time

        deleted_time = self.deleted_time

        dns_servers: Any
        if self.dns_servers is None:
            dns_servers = None
        else:
            dns_servers = UNSET
            if not isinstance(self.dns_servers, Unset):
                dns_servers = self.dns_servers

        gateway_private_ip_address = self.gateway_private_ip_address

        gateway_public_ip_address = self.gateway_public_ip_address

        imei = self.imei

        imsi = self.imsi

        session_id = self.session_id

        subscription = self.subscription

        ue_ip_address = self.ue_ip_address

        vpg_id = self.vpg_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cell is not UNSET:
            field_dict["cell"] = cell
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if deleted_time is not UNSET:
            field_dict["deletedTime"] = deleted_time
        if dns_servers is not UNSET:
            field_dict["dnsServers"] = dns_servers
        if gateway_private_ip_address is not UNSET:
            field_dict["gatewayPrivateIpAddress"] = gateway_private_ip_address
        if gateway_public_ip_address is not UNSET:
            field_dict["gatewayPublicIpAddress"] = gateway_public_ip_address
        if imei is not UNSET:
            field_dict["imei"] = imei
        if imsi is not UNSET:
            field_dict["imsi"] = imsi
        if session_id is not UNSET:
            field_dict["sessionId"] = session_id
        if subscription is not UNSET:
            field_dict["subscription"] = subscription
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
            cell = d.get("cell", UNSET)
            if cell is not None and cell is not UNSET:
                cell = Cell.from_dict(cell)
            _obj.cell = cell

            _obj.created_time = d.get("createdTime", UNSET)

            _obj.deleted_time = d.get("deletedTime", UNSET)

            _raw_dns_servers = d.get("dnsServers", UNSET)
            dns_servers: Any
            if _raw_dns_servers is None:
                dns_servers = None
            else:
                _dns_servers = _raw_dns_servers
                if not isinstance(_dns_servers, (list, Unset)):
                    raise TypeError("expected a list")
                dns_servers = cast(list[str], _dns_servers)

            _obj.dns_servers = dns_servers

            _obj.gateway_private_ip_address = d.get("gatewayPrivateIpAddress", UNSET)

            _obj.gateway_public_ip_address = d.get("gatewayPublicIpAddress", UNSET)

            _obj.imei = d.get("imei", UNSET)

            _obj.imsi = d.get("imsi", UNSET)

            _obj.session_id = d.get("sessionId", UNSET)

            _obj.subscription = d.get("subscription", UNSET)

            _obj.ue_ip_address = d.get("ueIpAddress", UNSET)

            _obj.vpg_id = d.get("vpgId", UNSET)

            if _PREVIOUSSESSIONSTATUS_FIELDS.issuperset(d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {k: v for k, v in d.items() if k not in _PREVIOUSSESSIONSTATUS_FIELDS}
        except Exception as exc:
            raise model_parse_error("PreviousSessionStatus", src_dict, exc) from exc
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
