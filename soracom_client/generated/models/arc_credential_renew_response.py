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

T = TypeVar("T", bound="ArcCredentialRenewResponse")
_new = object.__new__  # from_dict sets every slot itself, so it skips the attrs __init__


# The JSON names of the fields; any other key goes to additional_properties.
_ARCCREDENTIALRENEWRESPONSE_FIELDS = frozenset(
    (
        "arcClientPeerPrivateKey",
        "arcClientPeerPublicKey",
    )
)


@_attrs_define(repr=False)
class ArcCredentialRenewResponse(ModelBase):
    """
    Attributes:
        arc_client_peer_private_key (str | None):
        arc_client_peer_public_key (str | None):
    """

    arc_client_peer_private_key: str | None = None
    arc_client_peer_public_key: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)
    _soracom_fields = (
        ("arc_client_peer_private_key", "arcClientPeerPrivateKey", False),
        ("arc_client_peer_public_key", "arcClientPeerPublicKey", False),
    )

    def set_null(self, *fields: Literal["arc_client_peer_private_key", "arc_client_peer_public_key"]) -> Self:
        """Send these optional fields as JSON null (each is set to None); a None field is otherwise left out."""
        return _set_null(self, fields)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.arc_client_peer_private_key is not None:
            field_dict["arcClientPeerPrivateKey"] = self.arc_client_peer_private_key
        elif "arc_client_peer_private_key" in self._nulls:
            field_dict["arcClientPeerPrivateKey"] = None
        if self.arc_client_peer_public_key is not None:
            field_dict["arcClientPeerPublicKey"] = self.arc_client_peer_public_key
        elif "arc_client_peer_public_key" in self._nulls:
            field_dict["arcClientPeerPublicKey"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            # Reading the first field (d.get / d[...]) fails on anything but a mapping: no type check needed.
            d = src_dict
            _obj = _new(cls)
            _nulls: tuple[str, ...] = ()
            _obj.arc_client_peer_private_key = arc_client_peer_private_key = d.get("arcClientPeerPrivateKey")
            if arc_client_peer_private_key is None and "arcClientPeerPrivateKey" in d:
                _nulls += ("arc_client_peer_private_key",)

            _obj.arc_client_peer_public_key = arc_client_peer_public_key = d.get("arcClientPeerPublicKey")
            if arc_client_peer_public_key is None and "arcClientPeerPublicKey" in d:
                _nulls += ("arc_client_peer_public_key",)

            if _ARCCREDENTIALRENEWRESPONSE_FIELDS.issuperset(d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {k: v for k, v in d.items() if k not in _ARCCREDENTIALRENEWRESPONSE_FIELDS}
            _obj._nulls = _nulls
        except Exception as exc:
            raise model_parse_error("ArcCredentialRenewResponse", src_dict, exc) from exc
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
