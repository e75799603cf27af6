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
from ..models.cell_radio_type import CellRadioType

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


@_attrs_define(repr=False)
class Cell(ModelBase):
    """Information about the base station to which the IoT SIM is connected. It will not be output for virtual
    SIM/subscribers.

        Attributes:
            ci (int | None): The Cell Identity (for 2G and 3G networks), a 16 bit value represented in decimal form as an
                integer. (See 3GPP TS 23.003 4.3)
            eci (int | None): The E-UTRAN Cell Identifier (for LTE networks), a 28 bit value represented in decimal form as
                a long. (See 3GPP TS 23.003 19.6)
            lac (int | None): The Location Area Code (for 2G and 3G networks), a 16 bit value represented in decimal form as
                an integer. (See 3GPP TS 23.003 4.1)
            mcc (int | None): The Mobile Country Code, a 3 digit number.
            mnc (int | None): The Mobile Network Code, a 2 or 3 digit number. If the value returned is only 1 digit in
                length, then you should prepend the value with a leading zero.
            rac (int | None): The Routing Area Code (for 2G and 3G networks), an 8 bit value represented in decimal form as
                an integer. (See 3GPP TS 23.003 4.2)
            radio_type (CellRadioType | None): The Radio Access Technology or type of network that the device is connected
                to.

                **Warning**: In some cases, the information displayed may differ from the actual wireless access technology or
                type of network being used by the communication carrier's equipment. For example, even when connected to LTE-M,
                it may be displayed as LTE.
            sac (int | None): The Service Area Code (for 2G and 3G networks), a 16 bit value represented in decimal form as
                an integer. (See 3GPP TS 23.003 12.5)
            tac (int | None): The Tracking Area Code (for LTE networks), a 16 bit value represented in decimal form as an
                integer. (See 3GPP TS 23.003 19.4.2.3)
    """

    ci: int | None = None
    eci: int | None = None
    lac: int | None = None
    mcc: int | None = None
    mnc: int | None = None
    rac: int | None = None
    radio_type: CellRadioType | None = None
    sac: int | None = None
    tac: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)
    _soracom_fields = (
        ("ci", "ci", False),
        ("eci", "eci", False),
        ("lac", "lac", False),
        ("mcc", "mcc", False),
        ("mnc", "mnc", False),
        ("rac", "rac", False),
        ("radio_type", "radioType", False),
        ("sac", "sac", False),
        ("tac", "tac", False),
    )

    def set_null(self, *fields: Literal["ci", "eci", "lac", "mcc", "mnc", "rac", "radio_type", "sac", "tac"]) -> Self:
        """Send these optional fields as JSON null (each is set to None); a None field is otherwise left out."""
        return _set_null(self, fields)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.ci is not None:
            field_dict["ci"] = self.ci
        elif "ci" in self._nulls:
            field_dict["ci"] = None
        if self.eci is not None:
            field_dict["eci"] = self.eci
        elif "eci" in self._nulls:
            field_dict["eci"] = None
        if self.lac is not None:
            field_dict["lac"] = self.lac
        elif "lac" in self._nulls:
            field_dict["lac"] = None
        if self.mcc is not None:
            field_dict["mcc"] = self.mcc
        elif "mcc" in self._nulls:
            field_dict["mcc"] = None
        if self.mnc is not None:
            field_dict["mnc"] = self.mnc
        elif "mnc" in self._nulls:
            field_dict["mnc"] = None
        if self.rac is not None:
            field_dict["rac"] = self.rac
        elif "rac" in self._nulls:
            field_dict["rac"] = None
        if self.radio_type is not None:
            field_dict["radioType"] = getattr(self.radio_type, "value", self.radio_type)

        elif "radio_type" in self._nulls:
            field_dict["radioType"] = None
        if self.sac is not None:
            field_dict["sac"] = self.sac
        elif "sac" in self._nulls:
            field_dict["sac"] = None
        if self.tac is not None:
            field_dict["tac"] = self.tac
        elif "tac" in self._nulls:
            field_dict["tac"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            # Reading the first field (d.get / d[...]) fails on anything but a mapping: no type check needed.
            d = src_dict
            _obj = _new(cls)
            _nulls: tuple[str, ...] = ()
            _obj.ci = ci = d.get("ci")
            if ci is None and "ci" in d:
                _nulls += ("ci",)

            _obj.eci = eci = d.get("eci")
            if eci is None and "eci" in d:
                _nulls += ("eci",)

            _obj.lac = lac = d.get("lac")
            if lac is None and "lac" in d:
                _nulls += ("lac",)

            _obj.mcc = mcc = d.get("mcc")
            if mcc is None and "mcc" in d:
                _nulls += ("mcc",)

            _obj.mnc = mnc = d.get("mnc")
            if mnc is None and "mnc" in d:
                _nulls += ("mnc",)

            _obj.rac = rac = d.get("rac")
            if rac is None and "rac" in d:
                _nulls += ("rac",)

            radio_type = d.get("radioType")
            if radio_type is not None:
                radio_type = _CellRadioType_get(radio_type) or CellRadioType(radio_type)
            elif "radioType" in d:
                _nulls += ("radio_type",)
            _obj.radio_type = radio_type

            _obj.sac = sac = d.get("sac")
            if sac is None and "sac" in d:
                _nulls += ("sac",)

            _obj.tac = tac = d.get("tac")
            if tac is None and "tac" in d:
                _nulls += ("tac",)

            if _CELL_FIELDS.issuperset(d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {k: v for k, v in d.items() if k not in _CELL_FIELDS}
            _obj._nulls = _nulls
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


_CellRadioType_get = CellRadioType._value2member_map_.get
