# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._model_support import model_parse_error
from ..types import UNSET, Unset

T = TypeVar("T", bound="ArcSessionCreateResponse")
_new = object.__new__  # from_dict sets every slot itself, so it skips the attrs __init__


# The JSON names of the fields; any other key goes to additional_properties.
_ARCSESSIONCREATERESPONSE_FIELDS = frozenset(
    (
        "arcAllowedIPs",
        "arcClientPeerIpAddress",
        "arcClientPeerPublicKey",
        "arcServerEndpoint",
        "arcServerPeerPublicKey",
    )
)


@_attrs_define
class ArcSessionCreateResponse:
    """
    Attributes:
        arc_allowed_i_ps (list[str] | Unset):
        arc_client_peer_ip_address (str | Unset):
        arc_client_peer_public_key (str | Unset):
        arc_server_endpoint (str | Unset):
        arc_server_peer_public_key (str | Unset):
    """

    arc_allowed_i_ps: list[str] | Unset | None = UNSET
    arc_client_peer_ip_address: str | Unset | None = UNSET
    arc_client_peer_public_key: str | Unset | None = UNSET
    arc_server_endpoint: str | Unset | None = UNSET
    arc_server_peer_public_key: str | Unset | None = UNSET
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

            if _ARCSESSIONCREATERESPONSE_FIELDS.issuperset(d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {k: v for k, v in d.items() if k not in _ARCSESSIONCREATERESPONSE_FIELDS}
        except Exception as exc:
            raise model_parse_error("ArcSessionCreateResponse", src_dict, exc) from exc
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
