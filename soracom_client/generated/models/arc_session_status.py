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

T = TypeVar("T", bound="ArcSessionStatus")
_new = object.__new__  # from_dict sets every slot itself, so it skips the attrs __init__


# The JSON names of the fields; any other key goes to additional_properties.
_ARCSESSIONSTATUS_FIELDS = frozenset(
    (
        "arcAllowedIPs",
        "arcClientPeerIpAddress",
        "arcClientPeerPublicKey",
        "arcServerEndpoint",
        "arcServerPeerPublicKey",
        "gatewayPrivateIpAddress",
        "gatewayPublicIpAddress",
        "lastUpdatedAt",
        "placement",
        "vpgId",
    )
)


@_attrs_define(repr=False)
class ArcSessionStatus(ModelBase):
    """
    Attributes:
        arc_allowed_i_ps (list[str] | None): Displays the WireGuard AllowedIPs received from the Arc server.
        arc_client_peer_ip_address (str | None): IP address of the client.
        arc_client_peer_public_key (str | None):
        arc_server_endpoint (str | None): WireGuard protocol endpoints on the Arc server.
        arc_server_peer_public_key (str | None): Server peer public key for the Arc server.
        gateway_private_ip_address (str | None): The private IP address of the VPG. In the case of VPG Type-F, the
            source IP address of the closed network communication from the IoT SIM to the customer's system is NAT-ed to
            this IP address.
        gateway_public_ip_address (str | None): The fixed global IP address when using the VPG [Fixed Global IP Address
            Option](/en/docs/vpg/fixed-global-ip/).
        last_updated_at (int | None):
        placement (Placement | None):
        vpg_id (str | None): The VPG ID. If the VPG was not used, this will not be output.
    """

    arc_allowed_i_ps: list[str] | None = None
    arc_client_peer_ip_address: str | None = None
    arc_client_peer_public_key: str | None = None
    arc_server_endpoint: str | None = None
    arc_server_peer_public_key: str | None = None
    gateway_private_ip_address: str | None = None
    gateway_public_ip_address: str | None = None
    last_updated_at: int | None = None
    placement: Placement | None = None
    vpg_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)
    _soracom_fields = (
        ("arc_allowed_i_ps", "arcAllowedIPs", False),
        ("arc_client_peer_ip_address", "arcClientPeerIpAddress", False),
        ("arc_client_peer_public_key", "arcClientPeerPublicKey", False),
        ("arc_server_endpoint", "arcServerEndpoint", False),
        ("arc_server_peer_public_key", "arcServerPeerPublicKey", False),
        ("gateway_private_ip_address", "gatewayPrivateIpAddress", False),
        ("gateway_public_ip_address", "gatewayPublicIpAddress", False),
        ("last_updated_at", "lastUpdatedAt", False),
        ("placement", "placement", False),
        ("vpg_id", "vpgId", False),
    )

    def set_null(
        self,
        *fields: Literal[
            "arc_allowed_i_ps",
            "arc_client_peer_ip_address",
            "arc_client_peer_public_key",
            "arc_server_endpoint",
            "arc_server_peer_public_key",
            "gateway_private_ip_address",
            "gateway_public_ip_address",
            "last_updated_at",
            "placement",
            "vpg_id",
        ],
    ) -> Self:
        """Send these optional fields as JSON null (each is set to None); a None field is otherwise left out."""
        return _set_null(self, fields)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.arc_allowed_i_ps is not None:
            field_dict["arcAllowedIPs"] = self.arc_allowed_i_ps

        elif "arc_allowed_i_ps" in self._nulls:
            field_dict["arcAllowedIPs"] = None
        if self.arc_client_peer_ip_address is not None:
            field_dict["arcClientPeerIpAddress"] = self.arc_client_peer_ip_address
        elif "arc_client_peer_ip_address" in self._nulls:
            field_dict["arcClientPeerIpAddress"] = None
        if self.arc_client_peer_public_key is not None:
            field_dict["arcClientPeerPublicKey"] = self.arc_client_peer_public_key
        elif "arc_client_peer_public_key" in self._nulls:
            field_dict["arcClientPeerPublicKey"] = None
        if self.arc_server_endpoint is not None:
            field_dict["arcServerEndpoint"] = self.arc_server_endpoint
        elif "arc_server_endpoint" in self._nulls:
            field_dict["arcServerEndpoint"] = None
        if self.arc_server_peer_public_key is not None:
            field_dict["arcServerPeerPublicKey"] = self.arc_server_peer_public_key
        elif "arc_server_peer_public_key" in self._nulls:
            field_dict["arcServerPeerPublicKey"] = None
        if self.gateway_private_ip_address is not None:
            field_dict["gatewayPrivateIpAddress"] = self.gateway_private_ip_address
        elif "gateway_private_ip_address" in self._nulls:
            field_dict["gatewayPrivateIpAddress"] = None
        if self.gateway_public_ip_address is not None:
            field_dict["gatewayPublicIpAddress"] = self.gateway_public_ip_address
        elif "gateway_public_ip_address" in self._nulls:
            field_dict["gatewayPublicIpAddress"] = None
        if self.last_updated_at is not None:
            field_dict["lastUpdatedAt"] = self.last_updated_at
        elif "last_updated_at" in self._nulls:
            field_dict["lastUpdatedAt"] = None
        if self.placement is not None:
            field_dict["placement"] = self.placement.to_dict()

        elif "placement" in self._nulls:
            field_dict["placement"] = None
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
            _raw_arc_allowed_i_ps = d.get("arcAllowedIPs")
            arc_allowed_i_ps: Any = None
            if _raw_arc_allowed_i_ps is not None:
                arc_allowed_i_ps = _raw_arc_allowed_i_ps
                if not isinstance(arc_allowed_i_ps, list):
                    raise TypeError("expected a list")

            elif "arcAllowedIPs" in d:
                _nulls += ("arc_allowed_i_ps",)
            _obj.arc_allowed_i_ps = arc_allowed_i_ps

            _obj.arc_client_peer_ip_address = arc_client_peer_ip_address = d.get("arcClientPeerIpAddress")
            if arc_client_peer_ip_address is None and "arcClientPeerIpAddress" in d:
                _nulls += ("arc_client_peer_ip_address",)

            _obj.arc_client_peer_public_key = arc_client_peer_public_key = d.get("arcClientPeerPublicKey")
            if arc_client_peer_public_key is None and "arcClientPeerPublicKey" in d:
                _nulls += ("arc_client_peer_public_key",)

            _obj.arc_server_endpoint = arc_server_endpoint = d.get("arcServerEndpoint")
            if arc_server_endpoint is None and "arcServerEndpoint" in d:
                _nulls += ("arc_server_endpoint",)

            _obj.arc_server_peer_public_key = arc_server_peer_public_key = d.get("arcServerPeerPublicKey")
            if arc_server_peer_public_key is None and "arcServerPeerPublicKey" in d:
                _nulls += ("arc_server_peer_public_key",)

            _obj.gateway_private_ip_address = gateway_private_ip_address = d.get("gatewayPrivateIpAddress")
            if gateway_private_ip_address is None and "gatewayPrivateIpAddress" in d:
                _nulls += ("gateway_private_ip_address",)

            _obj.gateway_public_ip_address = gateway_public_ip_address = d.get("gatewayPublicIpAddress")
            if gateway_public_ip_address is None and "gatewayPublicIpAddress" in d:
                _nulls += ("gateway_public_ip_address",)

            _obj.last_updated_at = last_updated_at = d.get("lastUpdatedAt")
            if last_updated_at is None and "lastUpdatedAt" in d:
                _nulls += ("last_updated_at",)

            placement = d.get("placement")
            if placement is not None:
                placement = _Placement_from_dict(placement)
            elif "placement" in d:
                _nulls += ("placement",)
            _obj.placement = placement

            _obj.vpg_id = vpg_id = d.get("vpgId")
            if vpg_id is None and "vpgId" in d:
                _nulls += ("vpg_id",)

            if _ARCSESSIONSTATUS_FIELDS.issuperset(d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {k: v for k, v in d.items() if k not in _ARCSESSIONSTATUS_FIELDS}
            _obj._nulls = _nulls
        except Exception as exc:
            raise model_parse_error("ArcSessionStatus", src_dict, exc) from exc
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


from ..models.placement import Placement  # noqa: E402

_Placement_from_dict = Placement.from_dict
