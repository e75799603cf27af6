# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._model_support import model_parse_error
from ..models.sim_expiry_action import SimExpiryAction
from ..models.sim_module_type import SimModuleType
from ..models.sim_status import SimStatus
from ..models.sim_type import SimType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Sim")
_new = object.__new__  # from_dict sets every slot itself, so it skips the attrs __init__


# The JSON names of the fields; any other key goes to additional_properties.
_SIM_FIELDS = frozenset(
    (
        "activeProfileId",
        "arcSessionStatus",
        "capabilities",
        "createdTime",
        "expiryAction",
        "expiryTime",
        "groupId",
        "imeiLock",
        "lastModifiedTime",
        "lastPortMappingCreatedTime",
        "localInfo",
        "moduleType",
        "operatorId",
        "otaSerialNumber",
        "pcapEndTime",
        "pcapStartTime",
        "previousSession",
        "profiles",
        "renewalFeeStatusSetTime",
        "serialNumber",
        "sessionStatus",
        "simId",
        "speedClass",
        "status",
        "tags",
        "terminationEnabled",
        "testmodeExhaustedTime",
        "type",
    )
)


@_attrs_define
class Sim:
    """
    Attributes:
        active_profile_id (str | Unset):
        arc_session_status (ArcSessionStatus | Unset):
        capabilities (Capabilities | Unset):
        created_time (int | Unset): UNIX time (in milliseconds) that the IoT SIM (primary subscription to the IoT SIM)
            was created.
        expiry_action (SimExpiryAction | Unset): Action when expiration date expires. Please refer to [Soracom Air
            Expiration Function](/en/docs/air/expiration/) for more detail.
            - `doNothing` : do nothing
            - `deleteSession` : delete session of the SIM if any
            - `deactivate` : change the SIM status to Inactive
            - `suspend` : change the SIM status to Suspended
            - `terminate` : forcibly end any existing connections, and terminate the SIM
            - `null`: No expiration date set.
        expiry_time (int | Unset): IoT SIM expiration date (UNIX time in milliseconds).
        group_id (str | Unset): The SIM group ID where the SIM belongs to.
        imei_lock (ImeiLock | Unset): IMEI lock configuration.
        last_modified_time (int | Unset): UNIX time (in milliseconds) that the information in the IoT SIM (primary
            subscription to the IoT SIM) was changed
        last_port_mapping_created_time (int | Unset): UNIX time in milliseconds that Napter was used with the SIM. If
            Napter has never been used with the SIM, null is returned.
        local_info (Map | Unset):
        module_type (SimModuleType | Unset): The form factor of the physical SIM.
            - `mini`: standard (2FF) size.
            - `micro`: micro (3FF) size.
            - `nano`: nano (4FF) size.
            - `trio`: 3 in 1 (can be cut into 2FF/3FF/4FF depending on how you cut it).
            - `embedded`: Embedded (MFF2).
            - `virtual`: Virtual SIM/Subscriber.
            - `integrated`: Embedded (iSIM).
            - `profilePackage`: Profile Package (eSIM profile).
        operator_id (str | Unset): The ID of the operator who owns this SIM.
        ota_serial_number (str | Unset):
        pcap_end_time (int | Unset):
        pcap_start_time (int | Unset):
        previous_session (PreviousSessionStatus | Unset): Information about the previous session.
        profiles (SimProfiles | Unset):
        renewal_fee_status_set_time (int | Unset): UNIX time (in milliseconds) that the IoT SIM status is either
            "ready", "standby", or "suspended".
        serial_number (str | Unset): The serial number of the SIM. Virtual SIM/Subscriber does not have a serial number.
        session_status (SessionStatus | Unset): Information about the current session.
        sim_id (str | Unset): The SIM ID of the SIM.
        speed_class (str | Unset): The speed class of the SIM.
        status (SimStatus | Unset): Status of the IoT SIM (primary subscription of the IoT SIM). The status of the
            virtual SIM/subscriber added to the IoT SIM is either `active` or `terminated`.
            - `ready`
            - `active`
            - `inactive`
            - `standby`
            - `suspended`
            - `terminated`
        tags (TagSet | Unset): An object which always contains at least one property "name" with a string value. If you
            give a subscriber/SIM a name, the name will be returned as the value of the "name" property. If the
            subscriber/SIM does not have a name, an empty string "" is returned. In addition, if you create any custom tags
            for the subscriber/SIM, each custom tag will appear as additional properties in the object. Example:
            {'tagName1': 'tagValue1', 'tagName2': 'tagValue2...'}.
        termination_enabled (bool | Unset): Value indicating whether the IoT SIM can be terminated (termination
            protection setting).
            - `true`: Can be terminated (termination protection OFF)
            - `false`: Cannot be terminated (termination protection ON)
        testmode_exhausted_time (int | Unset): UNIX time (in milliseconds) when the SIM exceeded the testing usage
            limit.
        type_ (SimType | Unset): IoT SIM Type
            - `euicc`: Chip type (eSIM)
            - `uicc`: Card type
            - `virtual`: Virtual SIM/Subscriber
    """

    active_profile_id: str | Unset | None = UNSET
    arc_session_status: ArcSessionStatus | Unset | None = UNSET
    capabilities: Capabilities | Unset | None = UNSET
    created_time: int | Unset | None = UNSET
    expiry_action: SimExpiryAction | Unset | None = UNSET
    expiry_time: int | Unset | None = UNSET
    group_id: str | Unset | None = UNSET
    imei_lock: ImeiLock | Unset | None = UNSET
    last_modified_time: int | Unset | None = UNSET
    last_port_mapping_created_time: int | Unset | None = UNSET
    local_info: Map | Unset | None = UNSET
    module_type: SimModuleType | Unset | None = UNSET
    operator_id: str | Unset | None = UNSET
    ota_serial_number: str | Unset | None = UNSET
    pcap_end_time: int | Unset | None = UNSET
    pcap_start_time: int | Unset | None = UNSET
    previous_session: PreviousSessionStatus | Unset | None = UNSET
    profiles: SimProfiles | Unset | None = UNSET
    renewal_fee_status_set_time: int | Unset | None = UNSET
    serial_number: str | Unset | None = UNSET
    session_status: SessionStatus | Unset | None = UNSET
    sim_id: str | Unset | None = UNSET
    speed_class: str | Unset | None = UNSET
    status: SimStatus | Unset | None = UNSET
    tags: TagSet | Unset | None = UNSET
    termination_enabled: bool | Unset | None = UNSET
    testmode_exhausted_time: int | Unset | None = UNSET
    type_: SimType | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active_profile_id = self.active_profile_id

        arc_session_status: Any
        if self.arc_session_status is None:
            arc_session_status = None
        else:
            arc_session_status = UNSET
            if not isinstance(self.arc_session_status, Unset):
                arc_session_status = self.arc_session_status.to_dict()

        capabilities: Any
        if self.capabilities is None:
            capabilities = None
        else:
            capabilities = UNSET
            if not isinstance(self.capabilities, Unset):
                capabilities = self.capabilities.to_dict()

        created_time = self.created_time

        expiry_action: Any
        if self.expiry_action is None:
            expiry_action = None
        else:
            expiry_action = UNSET
            if not isinstance(self.expiry_action, Unset):
                expiry_action = getattr(self.expiry_action, "value", self.expiry_action)

        expiry_time = self.expiry_time

        group_id = self.group_id

        imei_lock: Any
        if self.imei_lock is None:
            imei_lock = None
        else:
            imei_lock = UNSET
            if not isinstance(self.imei_lock, Unset):
                imei_lock = self.imei_lock.to_dict()

        last_modified_time = self.last_modified_time

        last_port_mapping_created_time = self.last_port_mapping_created_time

        local_info: Any
        if self.local_info is None:
            local_info = None
        else:
            local_info = UNSET
            if not isinstance(self.local_info, Unset):
                local_info = self.local_info.to_dict()

        module_type: Any
        if self.module_type is None:
            module_type = None
        else:
            module_type = UNSET
            if not isinstance(self.module_type, Unset):
                module_type = getattr(self.module_type, "value", self.module_type)

        operator_id = self.operator_id

        ota_serial_number = self.ota_serial_number

        pcap_end_time = self.pcap_end_time

        pcap_start_time = self.pcap_start_time

        previous_session: Any
        if self.previous_session is None:
            previous_session = None
        else:
            previous_session = UNSET
            if not isinstance(self.previous_session, Unset):
                previous_session = self.previous_session.to_dict()

        profiles: Any
        if self.profiles is None:
            profiles = None
        else:
            profiles = UNSET
            if not isinstance(self.profiles, Unset):
                profiles = self.profiles.to_dict()

        renewal_fee_status_set_time = self.renewal_fee_status_set_time

        serial_number = self.serial_number

        session_status: Any
        if self.session_status is None:
            session_status = None
        else:
            session_status = UNSET
            if not isinstance(self.session_status, Unset):
                session_status = self.session_status.to_dict()

        sim_id = self.sim_id

        speed_class = self.speed_class

        status: Any
        if self.status is None:
            status = None
        else:
            status = UNSET
            if not isinstance(self.status, Unset):
                status = getattr(self.status, "value", self.status)

        tags: Any
        if self.tags is None:
            tags = None
        else:
            tags = UNSET
            if not isinstance(self.tags, Unset):
                tags = self.tags.to_dict()

        termination_enabled = self.termination_enabled

        testmode_exhausted_time = self.testmode_exhausted_time

        type_: Any
        if self.type_ is None:
            type_ = None
        else:
            type_ = UNSET
            if not isinstance(self.type_, Unset):
                type_ = getattr(self.type_, "value", self.type_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active_profile_id is not UNSET:
            field_dict["activeProfileId"] = active_profile_id
        if arc_session_status is not UNSET:
            field_dict["arcSessionStatus"] = arc_session_status
        if capabilities is not UNSET:
            field_dict["capabilities"] = capabilities
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if expiry_action is not UNSET:
            field_dict["expiryAction"] = expiry_action
        if expiry_time is not UNSET:
            field_dict["expiryTime"] = expiry_time
        if group_id is not UNSET:
            field_dict["groupId"] = group_id
        if imei_lock is not UNSET:
            field_dict["imeiLock"] = imei_lock
        if last_modified_time is not UNSET:
            field_dict["lastModifiedTime"] = last_modified_time
        if last_port_mapping_created_time is not UNSET:
            field_dict["lastPortMappingCreatedTime"] = last_port_mapping_created_time
        if local_info is not UNSET:
            field_dict["localInfo"] = local_info
        if module_type is not UNSET:
            field_dict["moduleType"] = module_type
        if operator_id is not UNSET:
            field_dict["operatorId"] = operator_id
        if ota_serial_number is not UNSET:
            field_dict["otaSerialNumber"] = ota_serial_number
        if pcap_end_time is not UNSET:
            field_dict["pcapEndTime"] = pcap_end_time
        if pcap_start_time is not UNSET:
            field_dict["pcapStartTime"] = pcap_start_time
        if previous_session is not UNSET:
            field_dict["previousSession"] = previous_session
        if profiles is not UNSET:
            field_dict["profiles"] = profiles
        if renewal_fee_status_set_time is not UNSET:
            field_dict["renewalFeeStatusSetTime"] = renewal_fee_status_set_time
        if serial_number is not UNSET:
            field_dict["serialNumber"] = serial_number
        if session_status is not UNSET:
            field_dict["sessionStatus"] = session_status
        if sim_id is not UNSET:
            field_dict["simId"] = sim_id
        if speed_class is not UNSET:
            field_dict["speedClass"] = speed_class
        if status is not UNSET:
            field_dict["status"] = status
        if tags is not UNSET:
            field_dict["tags"] = tags
        if termination_enabled is not UNSET:
            field_dict["terminationEnabled"] = termination_enabled
        if testmode_exhausted_time is not UNSET:
            field_dict["testmodeExhaustedTime"] = testmode_exhausted_time
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict("") would give {}
                raise TypeError(f"expected an object, got {type(src_dict).__name__}")
            d = src_dict
            _obj = _new(cls)
            _obj.active_profile_id = d.get("activeProfileId", UNSET)

            arc_session_status = d.get("arcSessionStatus", UNSET)
            if arc_session_status is not None and arc_session_status is not UNSET:
                arc_session_status = ArcSessionStatus.from_dict(arc_session_status)
            _obj.arc_session_status = arc_session_status

            capabilities = d.get("capabilities", UNSET)
            if capabilities is not None and capabilities is not UNSET:
                capabilities = Capabilities.from_dict(capabilities)
            _obj.capabilities = capabilities

            _obj.created_time = d.get("createdTime", UNSET)

            expiry_action = d.get("expiryAction", UNSET)
            if expiry_action is not None and expiry_action is not UNSET:
                expiry_action = SimExpiryAction._value2member_map_.get(expiry_action) or SimExpiryAction(expiry_action)
            _obj.expiry_action = expiry_action

            _obj.expiry_time = d.get("expiryTime", UNSET)

            _obj.group_id = d.get("groupId", UNSET)

            imei_lock = d.get("imeiLock", UNSET)
            if imei_lock is not None and imei_lock is not UNSET:
                imei_lock = ImeiLock.from_dict(imei_lock)
            _obj.imei_lock = imei_lock

            _obj.last_modified_time = d.get("lastModifiedTime", UNSET)

            _obj.last_port_mapping_created_time = d.get("lastPortMappingCreatedTime", UNSET)

            local_info = d.get("localInfo", UNSET)
            if local_info is not None and local_info is not UNSET:
                local_info = Map.from_dict(local_info)
            _obj.local_info = local_info

            module_type = d.get("moduleType", UNSET)
            if module_type is not None and module_type is not UNSET:
                module_type = SimModuleType._value2member_map_.get(module_type) or SimModuleType(module_type)
            _obj.module_type = module_type

            _obj.operator_id = d.get("operatorId", UNSET)

            _obj.ota_serial_number = d.get("otaSerialNumber", UNSET)

            _obj.pcap_end_time = d.get("pcapEndTime", UNSET)

            _obj.pcap_start_time = d.get("pcapStartTime", UNSET)

            previous_session = d.get("previousSession", UNSET)
            if previous_session is not None and previous_session is not UNSET:
                previous_session = PreviousSessionStatus.from_dict(previous_session)
            _obj.previous_session = previous_session

            profiles = d.get("profiles", UNSET)
            if profiles is not None and profiles is not UNSET:
                profiles = SimProfiles.from_dict(profiles)
            _obj.profiles = profiles

            _obj.renewal_fee_status_set_time = d.get("renewalFeeStatusSetTime", UNSET)

            _obj.serial_number = d.get("serialNumber", UNSET)

            session_status = d.get("sessionStatus", UNSET)
            if session_status is not None and session_status is not UNSET:
                session_status = SessionStatus.from_dict(session_status)
            _obj.session_status = session_status

            _obj.sim_id = d.get("simId", UNSET)

            _obj.speed_class = d.get("speedClass", UNSET)

            status = d.get("status", UNSET)
            if status is not None and status is not UNSET:
                status = SimStatus._value2member_map_.get(status) or SimStatus(status)
            _obj.status = status

            tags = d.get("tags", UNSET)
            if tags is not None and tags is not UNSET:
                tags = TagSet.from_dict(tags)
            _obj.tags = tags

            _obj.termination_enabled = d.get("terminationEnabled", UNSET)

            _obj.testmode_exhausted_time = d.get("testmodeExhaustedTime", UNSET)

            type_ = d.get("type", UNSET)
            if type_ is not None and type_ is not UNSET:
                type_ = SimType._value2member_map_.get(type_) or SimType(type_)
            _obj.type_ = type_

            if _SIM_FIELDS.issuperset(d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {k: v for k, v in d.items() if k not in _SIM_FIELDS}
        except Exception as exc:
            raise model_parse_error("Sim", src_dict, exc) from exc
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


from ..models.arc_session_status import ArcSessionStatus  # noqa: E402
from ..models.capabilities import Capabilities  # noqa: E402
from ..models.imei_lock import ImeiLock  # noqa: E402
from ..models.map_ import Map  # noqa: E402
from ..models.previous_session_status import PreviousSessionStatus  # noqa: E402
from ..models.session_status import SessionStatus  # noqa: E402
from ..models.sim_profiles import SimProfiles  # noqa: E402
from ..models.tag_set import TagSet  # noqa: E402
