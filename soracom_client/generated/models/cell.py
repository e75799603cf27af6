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
            if not isinstance(src_dict, (dict, Mapping)):  # dict("") would silently give {}
                raise TypeError(f"expected an object, got {type(src_dict).__name__}")
            d = dict(src_dict)
            ci = d.pop("ci", UNSET)

            eci = d.pop("eci", UNSET)

            lac = d.pop("lac", UNSET)

            mcc = d.pop("mcc", UNSET)

            mnc = d.pop("mnc", UNSET)

            rac = d.pop("rac", UNSET)

            radio_type = d.pop("radioType", UNSET)
            if radio_type is not None and radio_type is not UNSET:
                radio_type = CellRadioType._value2member_map_.get(radio_type) or CellRadioType(radio_type)

            sac = d.pop("sac", UNSET)

            tac = d.pop("tac", UNSET)

            cell = cls(
                ci=ci,
                eci=eci,
                lac=lac,
                mcc=mcc,
                mnc=mnc,
                rac=rac,
                radio_type=radio_type,
                sac=sac,
                tac=tac,
            )

            cell.additional_properties = d
        except Exception as exc:
            raise model_parse_error("Cell", src_dict, exc) from exc
        return cell

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
