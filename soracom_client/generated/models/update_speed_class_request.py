# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypedDict, TypeVar

if TYPE_CHECKING:
    from typing_extensions import Required

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._model_base import ModelBase
from ..._model_support import model_parse_error
from ..models.update_speed_class_request_speed_class import UpdateSpeedClassRequestSpeedClass

T = TypeVar("T", bound="UpdateSpeedClassRequest")
_new = object.__new__  # from_dict sets every slot itself, so it skips the attrs __init__


# The JSON names of the fields; any other key goes to additional_properties.
_UPDATESPEEDCLASSREQUEST_FIELDS = frozenset(("speedClass",))


@_attrs_define(repr=False)
class UpdateSpeedClassRequest(ModelBase):
    """
    Attributes:
        speed_class (UpdateSpeedClassRequestSpeedClass): Speed class. Specify one of the following. Please specify the
            speed class that matches the subscription.

            - For plan01s, plan01s - Low Data Volume, planX3 (X3-5MB), planP1, plan-D (without bundle), plan-D (D-300MB),
            plan-K2 (K2-300MB), plan-K:
             - `s1.minimum`
             - `s1.slow`
             - `s1.standard`
             - `s1.fast`
              - `s1.4xfast`
            - For plan-US:
             - `s1.minimum`
             - `s1.slow`
             - `s1.standard`
             - `s1.fast`
              - `s1.4xfast`
             - `s1.8xfast`
            - For plan-DU:
             - `u1.standard`
             - `u1.slow`

            **Warning**: Speed class for plan-KM1 and virtual SIM/Subscriber cannot be changed as there is only one speed
            class available.
    """

    speed_class: UpdateSpeedClassRequestSpeedClass | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)
    _soracom_fields = (("speed_class", "speedClass", True),)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.speed_class is not None:
            field_dict["speedClass"] = getattr(self.speed_class, "value", self.speed_class)

        else:
            field_dict["speedClass"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            # Reading the first field (d.get / d[...]) fails on anything but a mapping: no type check needed.
            d = src_dict
            _obj = _new(cls)
            speed_class = d["speedClass"]
            if speed_class is not None:
                speed_class = _UpdateSpeedClassRequestSpeedClass_get(speed_class) or UpdateSpeedClassRequestSpeedClass(
                    speed_class
                )
            _obj.speed_class = speed_class

            if _UPDATESPEEDCLASSREQUEST_FIELDS.issuperset(d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {k: v for k, v in d.items() if k not in _UPDATESPEEDCLASSREQUEST_FIELDS}
            _obj._nulls = ()
        except Exception as exc:
            raise model_parse_error("UpdateSpeedClassRequest", src_dict, exc) from exc
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


class UpdateSpeedClassRequestDict(TypedDict, total=False):
    """`UpdateSpeedClassRequest` as a plain dict with the API's (camelCase) keys, accepted wherever the model is.

    A key left out is not sent; a key set to None is sent as JSON null.
    """

    speedClass: Required[
        UpdateSpeedClassRequestSpeedClass
        | Literal["s1.minimum", "s1.slow", "s1.standard", "s1.fast", "s1.4xfast", "s1.8xfast", "u1.standard", "u1.slow"]
    ]


_UpdateSpeedClassRequestSpeedClass_get = UpdateSpeedClassRequestSpeedClass._value2member_map_.get
