# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._model_support import model_parse_error
from ..models.expiry_time_expiry_action import ExpiryTimeExpiryAction
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExpiryTime")
_new = object.__new__  # from_dict sets every slot itself, so it skips the attrs __init__


# The JSON names of the fields; any other key goes to additional_properties.
_EXPIRYTIME_FIELDS = frozenset(
    (
        "expiryTime",
        "expiryAction",
    )
)


@_attrs_define
class ExpiryTime:
    """
    Attributes:
        expiry_time (int): Timestamp of date and time set using the Expiration function (UNIX time in milliseconds)
        expiry_action (ExpiryTimeExpiryAction | Unset): Action at expiration. Specify one of the following Please refer
            to [Soracom Air Expiration Function](https://developers.soracom.io/en/docs/air/expiration/) for more detail. You
            have to disable termination protection if you want to specify `terminate` as an action.
            If omitted, a null value is set.
            - `doNothing` : do nothing
            - `deleteSession` : delete session of the SIM if any
            - `deactivate` : change the SIM status to Inactive
            - `suspend` : change the SIM status to Suspended
            - `terminate` : forcibly end any existing connections, and terminate the SIM
            - null value : not set (It works the same as `doNothing`)
    """

    expiry_time: int | None
    expiry_action: ExpiryTimeExpiryAction | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        expiry_time = self.expiry_time

        expiry_action: Any
        if self.expiry_action is None:
            expiry_action = None
        else:
            expiry_action = UNSET
            if not isinstance(self.expiry_action, Unset):
                expiry_action = getattr(self.expiry_action, "value", self.expiry_action)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "expiryTime": expiry_time,
            }
        )
        if expiry_action is not UNSET:
            field_dict["expiryAction"] = expiry_action

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict("") would give {}
                raise TypeError(f"expected an object, got {type(src_dict).__name__}")
            d = src_dict
            _obj = _new(cls)
            _obj.expiry_time = d["expiryTime"]

            expiry_action = d.get("expiryAction", UNSET)
            if expiry_action is not None and expiry_action is not UNSET:
                expiry_action = ExpiryTimeExpiryAction._value2member_map_.get(expiry_action) or ExpiryTimeExpiryAction(
                    expiry_action
                )
            _obj.expiry_action = expiry_action

            if _EXPIRYTIME_FIELDS.issuperset(d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {k: v for k, v in d.items() if k not in _EXPIRYTIME_FIELDS}
        except Exception as exc:
            raise model_parse_error("ExpiryTime", src_dict, exc) from exc
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
