# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._model_support import model_parse_error
from ..types import Unset

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


@_attrs_define
class IssueSubscriberTransferTokenRequest:
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

    def to_dict(self) -> dict[str, Any]:
        transfer_destination_operator_email = self.transfer_destination_operator_email

        transfer_destination_operator_id = self.transfer_destination_operator_id

        transfer_imsi: Any
        if self.transfer_imsi is None:
            transfer_imsi = None
        else:
            transfer_imsi = self.transfer_imsi

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transferDestinationOperatorEmail": transfer_destination_operator_email,
                "transferDestinationOperatorId": transfer_destination_operator_id,
                "transferImsi": transfer_imsi,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict("") would give {}
                raise TypeError(f"expected an object, got {type(src_dict).__name__}")
            d = src_dict
            _obj = _new(cls)
            _obj.transfer_destination_operator_email = d["transferDestinationOperatorEmail"]

            _obj.transfer_destination_operator_id = d["transferDestinationOperatorId"]

            _raw_transfer_imsi = d["transferImsi"]
            transfer_imsi: Any
            if _raw_transfer_imsi is None:
                transfer_imsi = None
            else:
                _transfer_imsi = _raw_transfer_imsi
                if not isinstance(_transfer_imsi, (list, Unset)):
                    raise TypeError("expected a list")
                transfer_imsi = cast(list[str], _transfer_imsi)

            _obj.transfer_imsi = transfer_imsi

            if _ISSUESUBSCRIBERTRANSFERTOKENREQUEST_FIELDS.issuperset(d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {
                    k: v for k, v in d.items() if k not in _ISSUESUBSCRIBERTRANSFERTOKENREQUEST_FIELDS
                }
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
