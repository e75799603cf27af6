# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._model_support import model_parse_error
from ..types import UNSET, Unset

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


@_attrs_define
class ArcSessionStatus:
    """
    Attributes:
        arc_allowed_i_ps (list[str] | Unset): Displays the WireGuard AllowedIPs received from the Arc server.
        arc_client_peer_ip_address (str | Unset): IP address of the client.
        arc_client_peer_public_key (str | Unset):
        arc_server_endpoint (str | Unset): WireGuard protocol endpoints on the Arc server.
        arc_server_peer_public_key (str | Unset): Server peer public key for the Arc server.
        gateway_private_ip_address (str | Unset): The private IP address of the VPG. In the case of VPG Type-F, the
            source IP address of the closed network communication from the IoT SIM to the customer's system is NAT-ed to
            this IP address.
        gateway_public_ip_address (str | Unset): The fixed global IP address when using the VPG [Fixed Global IP Address
            Option](/en/docs/vpg/fixed-global-ip/).
        last_updated_at (int | Unset):
        placement (Placement | Unset):
        vpg_id (str | Unset): The VPG ID. If the VPG was not used, this will not be output.
    """

    arc_allowed_i_ps: list[str] | Unset | None = UNSET
    arc_client_peer_ip_address: str | Unset | None = UNSET
    arc_client_peer_public_key: str | Unset | None = UNSET
    arc_server_endpoint: str | Unset | None = UNSET
    arc_server_peer_public_key: str | Unset | None = UNSET
    gateway_private_ip_address: str | Unset | None = UNSET
    gateway_public_ip_address: str | Unset | None = UNSET
    last_updated_at: int | Unset | None = UNSET
    placement: Placement | Unset | None = UNSET
    vpg_id: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        arc_allowed_i_ps: Any
        if self.arc_allowed_i_ps is None:
            arc_allowed_i_ps = None
        else:
            arc_allowed_i_ps = UNSET
            if not isinstance(self.arc_allowed_i_ps, Unset):
                arc_allowed_i_ps = self.arc_allowed_i_ps

        arc_client_peer_ip_address = self.arc_client_peer_ip_address

        arc_client_peer_public_key = self.arc_client_peer_public_key

        arc_server_endpoint = self.arc_server_endpoint

        arc_server_peer_public_key = self.arc_server_peer_public_key

        gateway_private_ip_address = self.gateway_private_ip_address

        gateway_public_ip_address = self.gateway_public_ip_address

        last_updated_at = self.last_updated_at

        placement: Any
        if self.placement is None:
            placement = None
        else:
            placement = UNSET
            if not isinstance(self.placement, Unset):
                placement = self.placement.to_dict()

        vpg_id = self.vpg_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if arc_allowed_i_ps is not UNSET:
            field_dict["arcAllowedIPs"] = arc_allowed_i_ps
        if arc_client_peer_ip_address is not UNSET:
            field_dict["arcClientPeerIpAddress"] = arc_client_peer_ip_address
        if arc_client_peer_public_key is not UNSET:
            field_dict["arcClientPeerPublicKey"] = arc_client_peer_public_key
        if arc_server_endpoint is not UNSET:
            field_dict["arcServerEndpoint"] = arc_server_endpoint
        if arc_server_peer_public_key is not UNSET:
            field_dict["arcServerPeerPublicKey"] = arc_server_peer_public_key
        if gateway_private_ip_address is not UNSET:
            field_dict["gatewayPrivateIpAddress"] = gateway_private_ip_address
        if gateway_public_ip_address is not UNSET:
            field_dict["gatewayPublicIpAddress"] = gateway_public_ip_address
        if last_updated_at is not UNSET:
            field_dict["lastUpdatedAt"] = last_updated_at
        if placement is not UNSET:
            field_dict["placement"] = placement
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
            _raw_arc_allowed_i_ps = d.get("arcAllowedIPs", UNSET)
            arc_allowed_i_ps: Any
            if _raw_arc_allowed_i_ps is None:
                arc_allowed_i_ps = None
            else:
                _arc_allowed_i_ps = _raw_arc_allowed_i_ps
                if not isinstance(_arc_allowed_i_ps, (list, Unset)):
                    raise TypeError("expected a list")
                arc_allowed_i_ps = cast(list[str], _arc_allowed_i_ps)

            _obj.arc_allowed_i_ps = arc_allowed_i_ps

            _obj.arc_client_peer_ip_address = d.get("arcClientPeerIpAddress", UNSET)

            _obj.arc_client_peer_public_key = d.get("arcClientPeerPublicKey", UNSET)

            _obj.arc_server_endpoint = d.get("arcServerEndpoint", UNSET)

            _obj.arc_server_peer_public_key = d.get("arcServerPeerPublicKey", UNSET)

            _obj.gateway_private_ip_address = d.get("gatewayPrivateIpAddress", UNSET)

            _obj.gateway_public_ip_address = d.get("gatewayPublicIpAddress", UNSET)

            _obj.last_updated_at = d.get("lastUpdatedAt", UNSET)

            placement = d.get("placement", UNSET)
            if placement is not None and placement is not UNSET:
                placement = Placement.from_dict(placement)
            _obj.placement = placement

            _obj.vpg_id = d.get("vpgId", UNSET)

            if _ARCSESSIONSTATUS_FIELDS.issuperset(d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {k: v for k, v in d.items() if k not in _ARCSESSIONSTATUS_FIELDS}
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
