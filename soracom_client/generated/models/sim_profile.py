# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._model_support import model_parse_error
from ..types import UNSET, Unset

T = TypeVar("T", bound="SimProfile")
_new = object.__new__  # from_dict sets every slot itself, so it skips the attrs __init__


# The JSON names of the fields; any other key goes to additional_properties.
_SIMPROFILE_FIELDS = frozenset(
    (
        "arcClientPeerPrivateKey",
        "arcClientPeerPublicKey",
        "iccid",
        "otaSupported",
        "primaryImsi",
        "subscribers",
    )
)


@_attrs_define
class SimProfile:
    """
    Attributes:
        arc_client_peer_private_key (str | Unset): The client's PrivateKey (client peer private key) for connecting with
            WireGuard.
            - PrivateKey (client peer private key) cannot be redisplayed. If you have lost your private key, generate a new
            key and update the device credentials.
            - Never disclose connection information to outside parties.
        arc_client_peer_public_key (str | Unset):
        iccid (str | Unset):
        ota_supported (bool | Unset):
        primary_imsi (str | Unset):
        subscribers (SimProfileSubscribers | Unset):
    """

    arc_client_peer_private_key: str | Unset | None = UNSET
    arc_client_peer_public_key: str | Unset | None = UNSET
    iccid: str | Unset | None = UNSET
    ota_supported: bool | Unset | None = UNSET
    primary_imsi: str | Unset | None = UNSET
    subscribers: SimProfileSubscribers | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        arc_client_peer_private_key = self.arc_client_peer_private_key

        arc_client_peer_public_key = self.arc_client_peer_public_key

        iccid = self.iccid

        ota_supported = self.ota_supported

        primary_imsi = self.primary_imsi

        subscribers: Any
        if self.subscribers is None:
            subscribers = None
        else:
            subscribers = UNSET
            if not isinstance(self.subscribers, Unset):
                subscribers = self.subscribers.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if arc_client_peer_private_key is not UNSET:
            field_dict["arcClientPeerPrivateKey"] = arc_client_peer_private_key
        if arc_client_peer_public_key is not UNSET:
            field_dict["arcClientPeerPublicKey"] = arc_client_peer_public_key
        if iccid is not UNSET:
            field_dict["iccid"] = iccid
        if ota_supported is not UNSET:
            field_dict["otaSupported"] = ota_supported
        if primary_imsi is not UNSET:
            field_dict["primaryImsi"] = primary_imsi
        if subscribers is not UNSET:
            field_dict["subscribers"] = subscribers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict("") would give {}
                raise TypeError(f"expected an object, got {type(src_dict).__name__}")
            d = src_dict
            _obj = _new(cls)
            _obj.arc_client_peer_private_key = d.get("arcClientPeerPrivateKey", UNSET)

            _obj.arc_client_peer_public_key = d.get("arcClientPeerPublicKey", UNSET)

            _obj.iccid = d.get("iccid", UNSET)

            _obj.ota_supported = d.get("otaSupported", UNSET)

            _obj.primary_imsi = d.get("primaryImsi", UNSET)

            subscribers = d.get("subscribers", UNSET)
            if subscribers is not None and subscribers is not UNSET:
                subscribers = SimProfileSubscribers.from_dict(subscribers)
            _obj.subscribers = subscribers

            if _SIMPROFILE_FIELDS.issuperset(d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {k: v for k, v in d.items() if k not in _SIMPROFILE_FIELDS}
        except Exception as exc:
            raise model_parse_error("SimProfile", src_dict, exc) from exc
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


from ..models.sim_profile_subscribers import SimProfileSubscribers  # noqa: E402
