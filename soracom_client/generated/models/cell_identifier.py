# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._model_support import model_parse_error
from ..types import UNSET, Unset

T = TypeVar("T", bound="CellIdentifier")
_new = object.__new__  # from_dict sets every slot itself, so it skips the attrs __init__


# The JSON names of the fields; any other key goes to additional_properties.
_CELLIDENTIFIER_FIELDS = frozenset(
    (
        "cid",
        "eci",
        "ecid",
        "identifier",
        "lac",
        "mcc",
        "mnc",
        "tac",
    )
)


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
            if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict("") would give {}
                raise TypeError(f"expected an object, got {type(src_dict).__name__}")
            d = src_dict
            _obj = _new(cls)
            _obj.cid = d.get("cid", UNSET)

            _obj.eci = d.get("eci", UNSET)

            _obj.ecid = d.get("ecid", UNSET)

            _obj.identifier = d.get("identifier", UNSET)

            _obj.lac = d.get("lac", UNSET)

            _obj.mcc = d.get("mcc", UNSET)

            _obj.mnc = d.get("mnc", UNSET)

            _obj.tac = d.get("tac", UNSET)

            if _CELLIDENTIFIER_FIELDS.issuperset(d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {k: v for k, v in d.items() if k not in _CELLIDENTIFIER_FIELDS}
        except Exception as exc:
            raise model_parse_error("CellIdentifier", src_dict, exc) from exc
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
