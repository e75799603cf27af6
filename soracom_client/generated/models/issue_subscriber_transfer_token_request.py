# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypedDict, TypeVar

if TYPE_CHECKING:
    from typing_extensions import Required


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._model_base import ModelBase
from ..._model_support import model_parse_error

T = TypeVar("T", bound="IssueSubscriberTransferTokenRequest")
_new = object.__new__  # from_dict sets every slot itself, so it skips the attrs __init__


# The JSON names of the fields; any other key goes to additional_properties.
_ISSUESUBSCRIBERTRANSFERTOKENREQUEST_FIELDS = frozenset(
    (
        "transferDestinationOperatorEmail",
        "transferDestinationOperatorId",
        "transferImsi",
    )
)


@_attrs_define(repr=False)
class IssueSubscriberTransferTokenRequest(ModelBase):
    """
    Attributes:
        transfer_destination_operator_email (str): Primary email address of the destination operator. Please confirm
            with the owner of the destination operator.
        transfer_destination_operator_id (str): Operator ID of the destination operator. Please confirm with the owner
            of the destination operator.
        transfer_imsi (list[str]): IMSI of the SIM to be transferred. The IMSI can be obtained from the [Sim:listSims
            API](#!/Sim/listSims). If there is a possibility of canceling SIMs one by one, please specify only one IMSI.
    """

    transfer_destination_operator_email: str | None
    transfer_destination_operator_id: str | None
    transfer_imsi: list[str] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)
    _soracom_fields = (
        ("transfer_destination_operator_email", "transferDestinationOperatorEmail", True),
        ("transfer_destination_operator_id", "transferDestinationOperatorId", True),
        ("transfer_imsi", "transferImsi", True),
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.transfer_destination_operator_email is not None:
            field_dict["transferDestinationOperatorEmail"] = self.transfer_destination_operator_email
        else:
            field_dict["transferDestinationOperatorEmail"] = None
        if self.transfer_destination_operator_id is not None:
            field_dict["transferDestinationOperatorId"] = self.transfer_destination_operator_id
        else:
            field_dict["transferDestinationOperatorId"] = None
        if self.transfer_imsi is not None:
            field_dict["transferImsi"] = self.transfer_imsi

        else:
            field_dict["transferImsi"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            # Reading the first field (d.get / d[...]) fails on anything but a mapping: no type check needed.
            d = src_dict
            _obj = _new(cls)
            _obj.transfer_destination_operator_email = d["transferDestinationOperatorEmail"]

            _obj.transfer_destination_operator_id = d["transferDestinationOperatorId"]

            _raw_transfer_imsi = d["transferImsi"]
            transfer_imsi: Any = None
            if _raw_transfer_imsi is not None:
                transfer_imsi = _raw_transfer_imsi
                if not isinstance(transfer_imsi, list):
                    raise TypeError("expected a list")

            _obj.transfer_imsi = transfer_imsi

            if _ISSUESUBSCRIBERTRANSFERTOKENREQUEST_FIELDS.issuperset(d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {
                    k: v for k, v in d.items() if k not in _ISSUESUBSCRIBERTRANSFERTOKENREQUEST_FIELDS
                }
            _obj._nulls = ()
        except Exception as exc:
            raise model_parse_error("IssueSubscriberTransferTokenRequest", src_dict, exc) from exc
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


class IssueSubscriberTransferTokenRequestDict(TypedDict, total=False):
    """`IssueSubscriberTransferTokenRequest` as a plain dict with the API's (camelCase) keys, accepted wherever the model is.

    A key left out is not sent; a key set to None is sent as JSON null.
    """

    transferDestinationOperatorEmail: Required[str]
    transferDestinationOperatorId: Required[str]
    transferImsi: Required[Sequence[str]]
