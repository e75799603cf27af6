# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._model_support import model_parse_error
from ..models.cell_radio_type import CellRadioType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Cell")
_new = object.__new__  # from_dict sets every slot itself, so it skips the attrs __init__


# The JSON names of the fields; any other key goes to additional_properties.
_CELL_FIELDS = frozenset(
    (
        "ci",
        "eci",
        "lac",
        "mcc",
        "mnc",
        "rac",
        "radioType",
        "sac",
        "tac",
    )
)


@_attrs_define
class Cell:
    """Information about the base station to which the IoT SIM is connected. It will not be output for virtual
    SIM/subscribers.

        Attributes:
            ci (int | Unset): The Cell Identity (for 2G and 3G networks), a 16 bit value represented in decimal form as an
                integer. (See 3GPP TS 23.003 4.3)
            eci (int | Unset): The E-UTRAN Cell Identifier (for LTE networks), a 28 bit value represented in decimal form as
                a long. (See 3GPP TS 23.003 19.6)
            lac (int | Unset): The Location Area Code (for 2G and 3G networks), a 16 bit value represented in decimal form
                as an integer. (See 3GPP TS 23.003 4.1)
            mcc (int | Unset): The Mobile Country Code, a 3 digit number.
            mnc (int | Unset): The Mobile Network Code, a 2 or 3 digit number. If the value returned is only 1 digit in
                length, then you should prepend the value with a leading zero.
            rac (int | Unset): The Routing Area Code (for 2G and 3G networks), an 8 bit value represented in decimal form as
                an integer. (See 3GPP TS 23.003 4.2)
            radio_type (CellRadioType | Unset): The Radio Access Technology or type of network that the device is connected
                to.

                **Warning**: In some cases, the information displayed may differ from the actual wireless access technology or
                type of network being used by the communication carrier's equipment. For example, even when connected to LTE-M,
                it may be displayed as LTE.
            sac (int | Unset): The Service Area Code (for 2G and 3G networks), a 16 bit value represented in decimal form as
                an integer. (See 3GPP TS 23.003 12.5)
            tac (int | Unset): The Tracking Area Code (for LTE networks), a 16 bit value represented in decimal form as an
                integer. (See 3GPP TS 23.003 19.4.2.3)
    """

    ci: int | Unset | None = UNSET
    eci: int | Unset | None = UNSET
    lac: int | Unset | None = UNSET
    mcc: int | Unset | None = UNSET
    mnc: int | Unset | None = UNSET
    rac: int | Unset | None = UNSET
    radio_type: CellRadioType | Unset | None = UNSET
    sac: int | Unset | None = UNSET
    tac: int | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ci = self.ci

        eci = self.eci

        lac = self.lac

        mcc = self.mcc

        mnc = self.mnc

        rac = self.rac

        radio_type: Any
        if self.radio_type is None:
            radio_type = None
        else:
            radio_type = UNSET
            if not isinstance(self.radio_type, Unset):
                radio_type = getattr(self.radio_type, "value", self.radio_type)

        sac = self.sac

        tac = self.tac

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ci is not UNSET:
            field_dict["ci"] = ci
        if eci is not UNSET:
            field_dict["eci"] = eci
        if lac is not UNSET:
            field_dict["lac"] = lac
        if mcc is not UNSET:
            field_dict["mcc"] = mcc
        if mnc is not UNSET:
            field_dict["mnc"] = mnc
        if rac is not UNSET:
            field_dict["rac"] = rac
        if radio_type is not UNSET:
            field_dict["radioType"] = radio_type
        if sac is not UNSET:
            field_dict["sac"] = sac
        if tac is not UNSET:
            field_dict["tac"] = tac

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict("") would give {}
                raise TypeError(f"expected an object, got {type(src_dict).__name__}")
            d = src_dict
            _obj = _new(cls)
            _obj.ci = d.get("ci", UNSET)

            _obj.eci = d.get("eci", UNSET)

            _obj.lac = d.get("lac", UNSET)

            _obj.mcc = d.get("mcc", UNSET)

            _obj.mnc = d.get("mnc", UNSET)

            _obj.rac = d.get("rac", UNSET)

            radio_type = d.get("radioType", UNSET)
            if radio_type is not None and radio_type is not UNSET:
                radio_type = CellRadioType._value2member_map_.get(radio_type) or CellRadioType(radio_type)
            _obj.radio_type = radio_type

            _obj.sac = d.get("sac", UNSET)

            _obj.tac = d.get("tac", UNSET)

            if _CELL_FIELDS.issuperset(d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {k: v for k, v in d.items() if k not in _CELL_FIELDS}
        except Exception as exc:
            raise model_parse_error("Cell", src_dict, exc) from exc
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
