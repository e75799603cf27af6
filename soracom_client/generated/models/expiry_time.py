# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypedDict, TypeVar

if TYPE_CHECKING:
    from typing_extensions import Required, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._model_base import ModelBase
from ..._model_base import set_null as _set_null
from ..._model_support import model_parse_error
from ..models.expiry_time_expiry_action import ExpiryTimeExpiryAction

T = TypeVar("T", bound="ExpiryTime")
_new = object.__new__  # from_dict sets every slot itself, so it skips the attrs __init__


# The JSON names of the fields; any other key goes to additional_properties.
_EXPIRYTIME_FIELDS = frozenset(
    (
        "expiryTime",
        "expiryAction",
    )
)


@_attrs_define(repr=False)
class ExpiryTime(ModelBase):
    """
    Attributes:
        expiry_time (int): Timestamp of date and time set using the Expiration function (UNIX time in milliseconds)
        expiry_action (ExpiryTimeExpiryAction | None): Action at expiration. Specify one of the following Please refer
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
    expiry_action: ExpiryTimeExpiryAction | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)
    _soracom_fields = (
        ("expiry_time", "expiryTime", True),
        ("expiry_action", "expiryAction", False),
    )

    def set_null(self, *fields: Literal["expiry_action"]) -> Self:
        """Send these optional fields as JSON null (each is set to None); a None field is otherwise left out."""
        return _set_null(self, fields)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.expiry_time is not None:
            field_dict["expiryTime"] = self.expiry_time
        else:
            field_dict["expiryTime"] = None
        if self.expiry_action is not None:
            field_dict["expiryAction"] = getattr(self.expiry_action, "value", self.expiry_action)

        elif "expiry_action" in self._nulls:
            field_dict["expiryAction"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            # Reading the first field (d.get / d[...]) fails on anything but a mapping: no type check needed.
            d = src_dict
            _obj = _new(cls)
            _nulls: tuple[str, ...] = ()
            _obj.expiry_time = d["expiryTime"]

            expiry_action = d.get("expiryAction")
            if expiry_action is not None:
                expiry_action = _ExpiryTimeExpiryAction_get(expiry_action) or ExpiryTimeExpiryAction(expiry_action)
            elif "expiryAction" in d:
                _nulls += ("expiry_action",)
            _obj.expiry_action = expiry_action

            if _EXPIRYTIME_FIELDS.issuperset(d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {k: v for k, v in d.items() if k not in _EXPIRYTIME_FIELDS}
            _obj._nulls = _nulls
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


class ExpiryTimeDict(TypedDict, total=False):
    """`ExpiryTime` as a plain dict with the API's (camelCase) keys, accepted wherever the model is.

    A key left out is not sent; a key set to None is sent as JSON null.
    """

    expiryTime: Required[int]
    expiryAction: (
        ExpiryTimeExpiryAction
        | Literal["doNothing", "deleteSession", "deactivate", "suspend", "terminate", "(null value)"]
        | None
    )


_ExpiryTimeExpiryAction_get = ExpiryTimeExpiryAction._value2member_map_.get
