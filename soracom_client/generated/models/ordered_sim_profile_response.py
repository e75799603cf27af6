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
from ..models.ordered_sim_profile_response_profile_status import OrderedSimProfileResponseProfileStatus

T = TypeVar("T", bound="OrderedSimProfileResponse")
_new = object.__new__  # from_dict sets every slot itself, so it skips the attrs __init__


# The JSON names of the fields; any other key goes to additional_properties.
_ORDEREDSIMPROFILERESPONSE_FIELDS = frozenset(
    (
        "activationCode",
        "createdTime",
        "iccid",
        "imsi",
        "lastModifiedTime",
        "matchingId",
        "profileOrderId",
        "profileStatus",
        "smdpAddress",
        "installedTime",
        "subscription",
    )
)


@_attrs_define(repr=False)
class OrderedSimProfileResponse(ModelBase):
    """Represents an eSIM profile ordered.

    Attributes:
        activation_code (str): The Activation code of the eSIM profile. This value will be used to install the profile
            on the device. Example: LPA:1$example.com$ABCDEFGHIJKLMNOPQRSTUVWXYZ.
        created_time (int): The time the eSIM profile was created (unix time in milliseconds). Example: 1718756585000.
        iccid (str): The ICCID of the eSIM profile. Example: 12345678901234567890.
        imsi (str): The IMSI of the eSIM profile. Example: 123456789012345.
        last_modified_time (int): The time the eSIM profile was last modified (unix time in milliseconds). Example:
            1718756585000.
        matching_id (str): The Matching ID of the eSIM profile. This value will be used to install the profile on the
            device. Example: ABCDEFGHIJKLMNOPQRSTUVWXYZ.
        profile_order_id (str): The ID of the eSIM profile order associated with this eSIM profile. Example:
            01902ddd-1cf3-77d9-afc0-fe8d410cadb1.
        profile_status (OrderedSimProfileResponseProfileStatus): The status of the eSIM profile.
            - `SUBSCRIBER_REGISTRATION_SUCCEEDED`: The IoT SIM corresponding to the eSIM profile has been registered to your
            Soracom operator account
            - `INSTALLATION_SUCCEEDED`: The eSIM profile has been installed on the device
            - `INSTALLATION_FAILED`: The eSIM profile could not be installed on the device
            - `ACTIVATION_SUCCEEDED`: The eSIM profile has been activated on the device
            - `ACTIVATION_FAILED`: The eSIM profile could not be activated on the device
            - `INACTIVATION_SUCCEEDED`: The eSIM profile has been deactivated on the device
            - `INACTIVATION_FAILED`: The eSIM profile could not be deactivated on the device
            - `DELETION_SUCCEEDED`: The eSIM profile has been deleted from the device
            - `DELETION_FAILED`: The eSIM profile could not be deleted from the device
             Example: DELETION_SUCCEEDED.
        smdp_address (str): The SM-DP+ address of the eSIM profile. This value will be used to install the profile on
            the device. Example: example.com.
        installed_time (int | None): The time the eSIM profile was installed (unix time in milliseconds). Example:
            1718756585000.
        subscription (str | None): The subscription of the eSIM profile.
            - `plan01s`
            - `planP1`
            - `planX1`
            - `planX2`
            - `planX3`
            - `plan-US`
             Example: plan01s.
    """

    activation_code: str | None
    created_time: int | None
    iccid: str | None
    imsi: str | None
    last_modified_time: int | None
    matching_id: str | None
    profile_order_id: str | None
    profile_status: OrderedSimProfileResponseProfileStatus | None
    smdp_address: str | None
    installed_time: int | None = None
    subscription: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)
    _soracom_fields = (
        ("activation_code", "activationCode", True),
        ("created_time", "createdTime", True),
        ("iccid", "iccid", True),
        ("imsi", "imsi", True),
        ("last_modified_time", "lastModifiedTime", True),
        ("matching_id", "matchingId", True),
        ("profile_order_id", "profileOrderId", True),
        ("profile_status", "profileStatus", True),
        ("smdp_address", "smdpAddress", True),
        ("installed_time", "installedTime", False),
        ("subscription", "subscription", False),
    )

    def set_null(self, *fields: Literal["installed_time", "subscription"]) -> Self:
        """Send these optional fields as JSON null (each is set to None); a None field is otherwise left out."""
        return _set_null(self, fields)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.activation_code is not None:
            field_dict["activationCode"] = self.activation_code
        else:
            field_dict["activationCode"] = None
        if self.created_time is not None:
            field_dict["createdTime"] = self.created_time
        else:
            field_dict["createdTime"] = None
        if self.iccid is not None:
            field_dict["iccid"] = self.iccid
        else:
            field_dict["iccid"] = None
        if self.imsi is not None:
            field_dict["imsi"] = self.imsi
        else:
            field_dict["imsi"] = None
        if self.last_modified_time is not None:
            field_dict["lastModifiedTime"] = self.last_modified_time
        else:
            field_dict["lastModifiedTime"] = None
        if self.matching_id is not None:
            field_dict["matchingId"] = self.matching_id
        else:
            field_dict["matchingId"] = None
        if self.profile_order_id is not None:
            field_dict["profileOrderId"] = self.profile_order_id
        else:
            field_dict["profileOrderId"] = None
        if self.profile_status is not None:
            field_dict["profileStatus"] = getattr(self.profile_status, "value", self.profile_status)

        else:
            field_dict["profileStatus"] = None
        if self.smdp_address is not None:
            field_dict["smdpAddress"] = self.smdp_address
        else:
            field_dict["smdpAddress"] = None
        if self.installed_time is not None:
            field_dict["installedTime"] = self.installed_time
        elif "installed_time" in self._nulls:
            field_dict["installedTime"] = None
        if self.subscription is not None:
            field_dict["subscription"] = self.subscription
        elif "subscription" in self._nulls:
            field_dict["subscription"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            # Reading the first field (d.get / d[...]) fails on anything but a mapping: no type check needed.
            d = src_dict
            _obj = _new(cls)
            _nulls: tuple[str, ...] = ()
            _obj.activation_code = d["activationCode"]

            _obj.created_time = d["createdTime"]

            _obj.iccid = d["iccid"]

            _obj.imsi = d["imsi"]

            _obj.last_modified_time = d["lastModifiedTime"]

            _obj.matching_id = d["matchingId"]

            _obj.profile_order_id = d["profileOrderId"]

            profile_status = d["profileStatus"]
            if profile_status is not None:
                profile_status = _OrderedSimProfileResponseProfileStatus_get(
                    profile_status
                ) or OrderedSimProfileResponseProfileStatus(profile_status)
            _obj.profile_status = profile_status

            _obj.smdp_address = d["smdpAddress"]

            _obj.installed_time = installed_time = d.get("installedTime")
            if installed_time is None and "installedTime" in d:
                _nulls += ("installed_time",)

            _obj.subscription = subscription = d.get("subscription")
            if subscription is None and "subscription" in d:
                _nulls += ("subscription",)

            if _ORDEREDSIMPROFILERESPONSE_FIELDS.issuperset(d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {k: v for k, v in d.items() if k not in _ORDEREDSIMPROFILERESPONSE_FIELDS}
            _obj._nulls = _nulls
        except Exception as exc:
            raise model_parse_error("OrderedSimProfileResponse", src_dict, exc) from exc
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


_OrderedSimProfileResponseProfileStatus_get = OrderedSimProfileResponseProfileStatus._value2member_map_.get
