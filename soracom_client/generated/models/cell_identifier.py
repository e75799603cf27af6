# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._model_support import model_parse_error
from ..types import UNSET, Unset

T = TypeVar("T", bound="CellIdentifier")


@_attrs_define
class CellIdentifier:
    """
    Attributes:
        cid (str | Unset):
        eci (str | Unset):
        ecid (str | Unset):
        identifier (str | Unset): An identifier to link a request to the result of that request. Optional.
        lac (str | Unset):
        mcc (str | Unset):
        mnc (str | Unset):
        tac (str | Unset):
    """

    cid: str | Unset | None = UNSET
    eci: str | Unset | None = UNSET
    ecid: str | Unset | None = UNSET
    identifier: str | Unset | None = UNSET
    lac: str | Unset | None = UNSET
    mcc: str | Unset | None = UNSET
    mnc: str | Unset | None = UNSET
    tac: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cid = self.cid

        eci = self.eci

        ecid = self.ecid

        identifier = self.identifier

        lac = self.lac

        mcc = self.mcc

        mnc = self.mnc

        tac = self.tac

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cid is not UNSET:
            field_dict["cid"] = cid
        if eci is not UNSET:
            field_dict["eci"] = eci
        if ecid is not UNSET:
            field_dict["ecid"] = ecid
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if lac is not UNSET:
            field_dict["lac"] = lac
        if mcc is not UNSET:
            field_dict["mcc"] = mcc
        if mnc is not UNSET:
            field_dict["mnc"] = mnc
        if tac is not UNSET:
            field_dict["tac"] = tac

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            if not isinstance(src_dict, (dict, Mapping)):  # dict("") would silently give {}
                raise TypeError(f"expected an object, got {type(src_dict).__name__}")
            d = dict(src_dict)
            cid = d.pop("cid", UNSET)

            eci = d.pop("eci", UNSET)

            ecid = d.pop("ecid", UNSET)

            identifier = d.pop("identifier", UNSET)

            lac = d.pop("lac", UNSET)

            mcc = d.pop("mcc", UNSET)

            mnc = d.pop("mnc", UNSET)

            tac = d.pop("tac", UNSET)

            cell_identifier = cls(
                cid=cid,
                eci=eci,
                ecid=ecid,
                identifier=identifier,
                lac=lac,
                mcc=mcc,
                mnc=mnc,
                tac=tac,
            )

            cell_identifier.additional_properties = d
        except Exception as exc:
            raise model_parse_error("CellIdentifier", src_dict, exc) from exc
        return cell_identifier

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
