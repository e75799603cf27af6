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

T = TypeVar("T", bound="SessionStatus")
_new = object.__new__  # from_dict sets every slot itself, so it skips the attrs __init__


# The JSON names of the fields; any other key goes to additional_properties.
_SESSIONSTATUS_FIELDS = frozenset(
    (
        "cell",
        "dnsServers",
        "gatewayPrivateIpAddress",
        "gatewayPublicIpAddress",
        "imei",
        "imsi",
        "lastUpdatedAt",
        "location",
        "online",
        "placement",
        "sessionId",
        "subscription",
        "ueIpAddress",
        "vpgId",
    )
)


@_attrs_define(repr=False)
class SessionStatus(ModelBase):
    """Information about the current session.

    Attributes:
        cell (Cell | None): Information about the base station to which the IoT SIM is connected. It will not be output
            for virtual SIM/subscribers.
        dns_servers (list[str] | None): Array of IP address of the DNS servers.
        gateway_private_ip_address (str | None): The private IP address of the VPG. In the case of VPG Type-F, the
            source IP address of the closed network communication from the IoT SIM to the customer's system is NAT-ed to
            this IP address.
        gateway_public_ip_address (str | None): The fixed global IP address when using the VPG [Fixed Global IP Address
            Option](/en/docs/vpg/fixed-global-ip/).
        imei (str | None): The IMEI of the device using the IoT SIM. If using a virtual SIM/subscriber, this will be
            `null`.
        imsi (str | None): The IMSI of the IoT SIM.
        last_updated_at (int | None):
        location (SessionStatusLocation | None):
        online (bool | None): Session status.
            - `true`: online
            - `false`: offline
        placement (Placement | None):
        session_id (str | None): The session ID.
        subscription (str | None): The subscription.
        ue_ip_address (str | None): The IP address of the device.
        vpg_id (str | None): The VPG ID. If the VPG was not used, this will not be output.
    """

    cell: Cell | None = None
    dns_servers: list[str] | None = None
    gateway_private_ip_address: str | None = None
    gateway_public_ip_address: str | None = None
    imei: str | None = None
    imsi: str | None = None
    last_updated_at: int | None = None
    location: SessionStatusLocation | None = None
    online: bool | None = None
    placement: Placement | None = None
    session_id: str | None = None
    subscription: str | None = None
    ue_ip_address: str | None = None
    vpg_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)
    _soracom_fields = (
        ("cell", "cell", False),
        ("dns_servers", "dnsServers", False),
        ("gateway_private_ip_address", "gatewayPrivateIpAddress", False),
        ("gateway_public_ip_address", "gatewayPublicIpAddress", False),
        ("imei", "imei", False),
        ("imsi", "imsi", False),
        ("last_updated_at", "lastUpdatedAt", False),
        ("location", "location", False),
        ("online", "online", False),
        ("placement", "placement", False),
        ("session_id", "sessionId", False),
        ("subscription", "subscription", False),
        ("ue_ip_address", "ueIpAddress", False),
        ("vpg_id", "vpgId", False),
    )

    def set_null(
        self,
        *fields: Literal[
            "cell",
            "dns_servers",
            "gateway_private_ip_address",
            "gateway_public_ip_address",
            "imei",
            "imsi",
            "last_updated_at",
            "location",
            "online",
            "placement",
            "session_id",
            "subscription",
            "ue_ip_address",
            "vpg_id",
        ],
    ) -> Self:
        """Send these optional fields as JSON null (each is set to None); a None field is otherwise left out."""
        return _set_null(self, fields)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.cell is not None:
            field_dict["cell"] = self.cell.to_dict()

        elif "cell" in self._nulls:
            field_dict["cell"] = None
        if self.dns_servers is not None:
            field_dict["dnsServers"] = self.dns_servers

        elif "dns_servers" in self._nulls:
            field_dict["dnsServers"] = None
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
        if self.last_updated_at is not None:
            field_dict["lastUpdatedAt"] = self.last_updated_at
        elif "last_updated_at" in self._nulls:
            field_dict["lastUpdatedAt"] = None
        if self.location is not None:
            field_dict["location"] = self.location.to_dict()

        elif "location" in self._nulls:
            field_dict["location"] = None
        if self.online is not None:
            field_dict["online"] = self.online
        elif "online" in self._nulls:
            field_dict["online"] = None
        if self.placement is not None:
            field_dict["placement"] = self.placement.to_dict()

        elif "placement" in self._nulls:
            field_dict["placement"] = None
        if self.session_id is not None:
            field_dict["sessionId"] = self.session_id
        elif "session_id" in self._nulls:
            field_dict["sessionId"] = None
        if self.subscription is not None:
            field_dict["subscription"] = self.subscription
        elif "subscription" in self._nulls:
            field_dict["subscription"] = None
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
            cell = d.get("cell")
            if cell is not None:
                cell = _Cell_from_dict(cell)
            elif "cell" in d:
                _nulls += ("cell",)
            _obj.cell = cell

            _raw_dns_servers = d.get("dnsServers")
            dns_servers: Any = None
            if _raw_dns_servers is not None:
                dns_servers = _raw_dns_servers
                if not isinstance(dns_servers, list):
                    raise TypeError("expected a list")

            elif "dnsServers" in d:
                _nulls += ("dns_servers",)
            _obj.dns_servers = dns_servers

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

            _obj.last_updated_at = last_updated_at = d.get("lastUpdatedAt")
            if last_updated_at is None and "lastUpdatedAt" in d:
                _nulls += ("last_updated_at",)

            location = d.get("location")
            if location is not None:
                location = _SessionStatusLocation_from_dict(location)
            elif "location" in d:
                _nulls += ("location",)
            _obj.location = location

            _obj.online = online = d.get("online")
            if online is None and "online" in d:
                _nulls += ("online",)

            placement = d.get("placement")
            if placement is not None:
                placement = _Placement_from_dict(placement)
            elif "placement" in d:
                _nulls += ("placement",)
            _obj.placement = placement

            _obj.session_id = session_id = d.get("sessionId")
            if session_id is None and "sessionId" in d:
                _nulls += ("session_id",)

            _obj.subscription = subscription = d.get("subscription")
            if subscription is None and "subscription" in d:
                _nulls += ("subscription",)

            _obj.ue_ip_address = ue_ip_address = d.get("ueIpAddress")
            if ue_ip_address is None and "ueIpAddress" in d:
                _nulls += ("ue_ip_address",)

            _obj.vpg_id = vpg_id = d.get("vpgId")
            if vpg_id is None and "vpgId" in d:
                _nulls += ("vpg_id",)

            if _SESSIONSTATUS_FIELDS.issuperset(d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {k: v for k, v in d.items() if k not in _SESSIONSTATUS_FIELDS}
            _obj._nulls = _nulls
        except Exception as exc:
            raise model_parse_error("SessionStatus", src_dict, exc) from exc
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
from ..models.placement import Placement  # noqa: E402
from ..models.session_status_location import SessionStatusLocation  # noqa: E402

_Cell_from_dict = Cell.from_dict
_Placement_from_dict = Placement.from_dict
_SessionStatusLocation_from_dict = SessionStatusLocation.from_dict
