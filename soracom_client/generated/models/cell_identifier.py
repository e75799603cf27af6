# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypedDict, TypeVar

if TYPE_CHECKING:
    from typing_extensions import Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._model_base import ModelBase
from ..._model_base import set_null as _set_null
from ..._model_support import model_parse_error

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


@_attrs_define(repr=False)
class CellIdentifier(ModelBase):
    """
    Attributes:
        cid (str | None):
        eci (str | None):
        ecid (str | None):
        identifier (str | None): An identifier to link a request to the result of that request. Optional.
        lac (str | None):
        mcc (str | None):
        mnc (str | None):
        tac (str | None):
    """

    cid: str | None = None
    eci: str | None = None
    ecid: str | None = None
    identifier: str | None = None
    lac: str | None = None
    mcc: str | None = None
    mnc: str | None = None
    tac: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)
    _soracom_fields = (
        ("cid", "cid", False),
        ("eci", "eci", False),
        ("ecid", "ecid", False),
        ("identifier", "identifier", False),
        ("lac", "lac", False),
        ("mcc", "mcc", False),
        ("mnc", "mnc", False),
        ("tac", "tac", False),
    )

    def set_null(self, *fields: Literal["cid", "eci", "ecid", "identifier", "lac", "mcc", "mnc", "tac"]) -> Self:
        """Send these optional fields as JSON null (each is set to None); a None field is otherwise left out."""
        return _set_null(self, fields)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.cid is not None:
            field_dict["cid"] = self.cid
        elif "cid" in self._nulls:
            field_dict["cid"] = None
        if self.eci is not None:
            field_dict["eci"] = self.eci
        elif "eci" in self._nulls:
            field_dict["eci"] = None
        if self.ecid is not None:
            field_dict["ecid"] = self.ecid
        elif "ecid" in self._nulls:
            field_dict["ecid"] = None
        if self.identifier is not None:
            field_dict["identifier"] = self.identifier
        elif "identifier" in self._nulls:
            field_dict["identifier"] = None
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
            _obj.cid = cid = d.get("cid")
            if cid is None and "cid" in d:
                _nulls += ("cid",)

            _obj.eci = eci = d.get("eci")
            if eci is None and "eci" in d:
                _nulls += ("eci",)

            _obj.ecid = ecid = d.get("ecid")
            if ecid is None and "ecid" in d:
                _nulls += ("ecid",)

            _obj.identifier = identifier = d.get("identifier")
            if identifier is None and "identifier" in d:
                _nulls += ("identifier",)

            _obj.lac = lac = d.get("lac")
            if lac is None and "lac" in d:
                _nulls += ("lac",)

            _obj.mcc = mcc = d.get("mcc")
            if mcc is None and "mcc" in d:
                _nulls += ("mcc",)

            _obj.mnc = mnc = d.get("mnc")
            if mnc is None and "mnc" in d:
                _nulls += ("mnc",)

            _obj.tac = tac = d.get("tac")
            if tac is None and "tac" in d:
                _nulls += ("tac",)

            if _CELLIDENTIFIER_FIELDS.issuperset(d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {k: v for k, v in d.items() if k not in _CELLIDENTIFIER_FIELDS}
            _obj._nulls = _nulls
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


class CellIdentifierDict(TypedDict, total=False):
    """`CellIdentifier` as a plain dict with the API's (camelCase) keys, accepted wherever the model is.

    A key left out is not sent; a key set to None is sent as JSON null.
    """

    cid: str | None
    eci: str | None
    ecid: str | None
    identifier: str | None
    lac: str | None
    mcc: str | None
    mnc: str | None
    tac: str | None
