# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
"""All the data models used in inputs/outputs.

soracom-client: loaded lazily. Importing this package (which every model and
operation module does) loads no model until one is asked for by name, so using
one operation does not import all of them. Type checkers see the imports below.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .add_subscription_body import AddSubscriptionBody, AddSubscriptionBodyDict
    from .add_subscription_body_subscription import AddSubscriptionBodySubscription
    from .add_subscription_body_type import AddSubscriptionBodyType
    from .api_call_error_message import APICallErrorMessage
    from .arc_credential_attach_request import ArcCredentialAttachRequest, ArcCredentialAttachRequestDict
    from .arc_credential_attach_response import ArcCredentialAttachResponse
    from .arc_credential_renew_request import ArcCredentialRenewRequest, ArcCredentialRenewRequestDict
    from .arc_credential_renew_response import ArcCredentialRenewResponse
    from .arc_session_create_response import ArcSessionCreateResponse
    from .arc_session_status import ArcSessionStatus
    from .capabilities import Capabilities
    from .cell import Cell
    from .cell_identifier import CellIdentifier, CellIdentifierDict
    from .cell_location import CellLocation
    from .cell_radio_type import CellRadioType
    from .create_arc_session_body import CreateArcSessionBody
    from .create_sim_profile_order_request import CreateSimProfileOrderRequest, CreateSimProfileOrderRequestDict
    from .create_sim_profile_order_request_bundles_item import CreateSimProfileOrderRequestBundlesItem
    from .create_sim_profile_order_request_speed_class import CreateSimProfileOrderRequestSpeedClass
    from .create_sim_request import CreateSimRequest, CreateSimRequestDict
    from .create_sim_request_subscription import CreateSimRequestSubscription
    from .create_sim_request_type import CreateSimRequestType
    from .data_entry import DataEntry
    from .data_entry_resource_type import DataEntryResourceType
    from .downlink_ping_request import DownlinkPingRequest, DownlinkPingRequestDict
    from .downlink_ping_response import DownlinkPingResponse
    from .expiry_time import ExpiryTime, ExpiryTimeDict
    from .expiry_time_expiry_action import ExpiryTimeExpiryAction
    from .export_subscribers_export_mode import ExportSubscribersExportMode
    from .file_export_response import FileExportResponse
    from .get_data_from_sim_sort import GetDataFromSimSort
    from .get_data_from_subscriber_sort import GetDataFromSubscriberSort
    from .imei_lock import ImeiLock
    from .issue_subscriber_transfer_token_request import (
        IssueSubscriberTransferTokenRequest,
        IssueSubscriberTransferTokenRequestDict,
    )
    from .issue_subscriber_transfer_token_response import IssueSubscriberTransferTokenResponse
    from .list_sim_status_history_sort import ListSimStatusHistorySort
    from .list_subscribers_tag_value_match_mode import ListSubscribersTagValueMatchMode
    from .location_registration_status import LocationRegistrationStatus
    from .location_registration_status_for_network import LocationRegistrationStatusForNetwork
    from .map_ import Map
    from .ordered_sim_profile_response import OrderedSimProfileResponse
    from .ordered_sim_profile_response_profile_status import OrderedSimProfileResponseProfileStatus
    from .packet_capture_session import PacketCaptureSession
    from .packet_capture_session_request import PacketCaptureSessionRequest, PacketCaptureSessionRequestDict
    from .packet_capture_session_status import PacketCaptureSessionStatus
    from .placement import Placement
    from .placement_infrastructure_provider import PlacementInfrastructureProvider
    from .placement_region import PlacementRegion
    from .previous_session_status import PreviousSessionStatus
    from .put_bundles_body_item import PutBundlesBodyItem
    from .register_sim_request import RegisterSimRequest, RegisterSimRequestDict
    from .register_subscribers_request import RegisterSubscribersRequest, RegisterSubscribersRequestDict
    from .session_event import SessionEvent
    from .session_status import SessionStatus
    from .session_status_location import SessionStatusLocation
    from .set_group_request import SetGroupRequest, SetGroupRequestDict
    from .set_imei_lock_request import SetImeiLockRequest, SetImeiLockRequestDict
    from .sim import Sim
    from .sim_downlink_binary_encoding import SimDownlinkBinaryEncoding
    from .sim_downlink_http_request import SimDownlinkHttpRequest, SimDownlinkHttpRequestDict
    from .sim_downlink_http_request_headers import SimDownlinkHttpRequestHeaders
    from .sim_downlink_http_request_method import SimDownlinkHttpRequestMethod
    from .sim_downlink_http_response import SimDownlinkHttpResponse
    from .sim_downlink_http_response_headers import SimDownlinkHttpResponseHeaders
    from .sim_downlink_rtsp_authentication_basic import (
        SimDownlinkRtspAuthenticationBasic,
        SimDownlinkRtspAuthenticationBasicDict,
    )
    from .sim_downlink_rtsp_authentication_basic_type import SimDownlinkRtspAuthenticationBasicType
    from .sim_downlink_rtsp_authentication_none import (
        SimDownlinkRtspAuthenticationNone,
        SimDownlinkRtspAuthenticationNoneDict,
    )
    from .sim_downlink_rtsp_authentication_none_type import SimDownlinkRtspAuthenticationNoneType
    from .sim_downlink_rtsp_command_snapshot import SimDownlinkRtspCommandSnapshot
    from .sim_downlink_rtsp_command_snapshot_harvest_files_destination_options import (
        SimDownlinkRtspCommandSnapshotHarvestFilesDestinationOptions,
        SimDownlinkRtspCommandSnapshotHarvestFilesDestinationOptionsDict,
    )
    from .sim_downlink_rtsp_command_snapshot_options import (
        SimDownlinkRtspCommandSnapshotOptions,
        SimDownlinkRtspCommandSnapshotOptionsDict,
    )
    from .sim_downlink_rtsp_command_snapshot_options_destinations import (
        SimDownlinkRtspCommandSnapshotOptionsDestinations,
        SimDownlinkRtspCommandSnapshotOptionsDestinationsDict,
    )
    from .sim_downlink_rtsp_request import SimDownlinkRtspRequest, SimDownlinkRtspRequestDict
    from .sim_downlink_ssh_no_authentication import SimDownlinkSshNoAuthentication, SimDownlinkSshNoAuthenticationDict
    from .sim_downlink_ssh_no_authentication_type import SimDownlinkSshNoAuthenticationType
    from .sim_downlink_ssh_password_authentication import (
        SimDownlinkSshPasswordAuthentication,
        SimDownlinkSshPasswordAuthenticationDict,
    )
    from .sim_downlink_ssh_password_authentication_type import SimDownlinkSshPasswordAuthenticationType
    from .sim_downlink_ssh_public_key_authentication import (
        SimDownlinkSshPublicKeyAuthentication,
        SimDownlinkSshPublicKeyAuthenticationDict,
    )
    from .sim_downlink_ssh_public_key_authentication_type import SimDownlinkSshPublicKeyAuthenticationType
    from .sim_downlink_ssh_request import SimDownlinkSshRequest, SimDownlinkSshRequestDict
    from .sim_downlink_ssh_response import SimDownlinkSshResponse
    from .sim_downlink_tcp_connection_fire_and_forget_options import (
        SimDownlinkTcpConnectionFireAndForgetOptions,
        SimDownlinkTcpConnectionFireAndForgetOptionsDict,
    )
    from .sim_downlink_tcp_connection_fire_and_forget_options_type import (
        SimDownlinkTcpConnectionFireAndForgetOptionsType,
    )
    from .sim_downlink_tcp_connection_idle_timeout_options import (
        SimDownlinkTcpConnectionIdleTimeoutOptions,
        SimDownlinkTcpConnectionIdleTimeoutOptionsDict,
    )
    from .sim_downlink_tcp_connection_idle_timeout_options_type import SimDownlinkTcpConnectionIdleTimeoutOptionsType
    from .sim_downlink_tcp_connection_wait_all_options import (
        SimDownlinkTcpConnectionWaitAllOptions,
        SimDownlinkTcpConnectionWaitAllOptionsDict,
    )
    from .sim_downlink_tcp_connection_wait_all_options_type import SimDownlinkTcpConnectionWaitAllOptionsType
    from .sim_downlink_tcp_connection_wait_first_options import (
        SimDownlinkTcpConnectionWaitFirstOptions,
        SimDownlinkTcpConnectionWaitFirstOptionsDict,
    )
    from .sim_downlink_tcp_connection_wait_first_options_type import SimDownlinkTcpConnectionWaitFirstOptionsType
    from .sim_downlink_tcp_connection_wait_for_pattern_options import (
        SimDownlinkTcpConnectionWaitForPatternOptions,
        SimDownlinkTcpConnectionWaitForPatternOptionsDict,
    )
    from .sim_downlink_tcp_connection_wait_for_pattern_options_type import (
        SimDownlinkTcpConnectionWaitForPatternOptionsType,
    )
    from .sim_downlink_tcp_request import SimDownlinkTcpRequest, SimDownlinkTcpRequestDict
    from .sim_downlink_tcp_response import SimDownlinkTcpResponse
    from .sim_downlink_udp_request import SimDownlinkUdpRequest, SimDownlinkUdpRequestDict
    from .sim_expiry_action import SimExpiryAction
    from .sim_module_type import SimModuleType
    from .sim_profile import SimProfile
    from .sim_profile_order_response import SimProfileOrderResponse
    from .sim_profile_order_response_status import SimProfileOrderResponseStatus
    from .sim_profile_subscribers import SimProfileSubscribers
    from .sim_profiles import SimProfiles
    from .sim_status import SimStatus
    from .sim_status_history_response import SimStatusHistoryResponse
    from .sim_type import SimType
    from .simplified_subscriber import SimplifiedSubscriber
    from .simplified_subscriber_status import SimplifiedSubscriberStatus
    from .sms_forwarding_report import SmsForwardingReport
    from .sms_forwarding_request import SmsForwardingRequest, SmsForwardingRequestDict
    from .subscriber import Subscriber
    from .subscriber_expiry_action import SubscriberExpiryAction
    from .subscriber_module_type import SubscriberModuleType
    from .subscriber_packet_capture_sessions_item import SubscriberPacketCaptureSessionsItem
    from .subscriber_status import SubscriberStatus
    from .subscription_container import SubscriptionContainer
    from .subscription_container_status import SubscriptionContainerStatus
    from .subscription_container_status_country_mapping import SubscriptionContainerStatusCountryMapping
    from .subscription_container_status_country_mapping_additional_property import (
        SubscriptionContainerStatusCountryMappingAdditionalProperty,
    )
    from .subscription_container_status_country_mapping_additional_property_mapping_record import (
        SubscriptionContainerStatusCountryMappingAdditionalPropertyMappingRecord,
    )
    from .subscription_container_subscriber import SubscriptionContainerSubscriber
    from .tag_set import TagSet
    from .tag_update_request import TagUpdateRequest, TagUpdateRequestDict
    from .testing_usage import TestingUsage
    from .testing_usage_usage import TestingUsageUsage
    from .testing_usage_usage_limit import TestingUsageUsageLimit
    from .testing_usage_usage_limit_next_status import TestingUsageUsageLimitNextStatus
    from .update_speed_class_request import UpdateSpeedClassRequest, UpdateSpeedClassRequestDict
    from .update_speed_class_request_speed_class import UpdateSpeedClassRequestSpeedClass
    from .verify_subscriber_transfer_token_request import (
        VerifySubscriberTransferTokenRequest,
        VerifySubscriberTransferTokenRequestDict,
    )
    from .verify_subscriber_transfer_token_response import VerifySubscriberTransferTokenResponse

_MODULES = {
    "AddSubscriptionBody": ".add_subscription_body",
    "AddSubscriptionBodySubscription": ".add_subscription_body_subscription",
    "AddSubscriptionBodyType": ".add_subscription_body_type",
    "APICallErrorMessage": ".api_call_error_message",
    "ArcCredentialAttachRequest": ".arc_credential_attach_request",
    "ArcCredentialAttachResponse": ".arc_credential_attach_response",
    "ArcCredentialRenewRequest": ".arc_credential_renew_request",
    "ArcCredentialRenewResponse": ".arc_credential_renew_response",
    "ArcSessionCreateResponse": ".arc_session_create_response",
    "ArcSessionStatus": ".arc_session_status",
    "Capabilities": ".capabilities",
    "Cell": ".cell",
    "CellIdentifier": ".cell_identifier",
    "CellLocation": ".cell_location",
    "CellRadioType": ".cell_radio_type",
    "CreateArcSessionBody": ".create_arc_session_body",
    "CreateSimProfileOrderRequest": ".create_sim_profile_order_request",
    "CreateSimProfileOrderRequestBundlesItem": ".create_sim_profile_order_request_bundles_item",
    "CreateSimProfileOrderRequestSpeedClass": ".create_sim_profile_order_request_speed_class",
    "CreateSimRequest": ".create_sim_request",
    "CreateSimRequestSubscription": ".create_sim_request_subscription",
    "CreateSimRequestType": ".create_sim_request_type",
    "DataEntry": ".data_entry",
    "DataEntryResourceType": ".data_entry_resource_type",
    "DownlinkPingRequest": ".downlink_ping_request",
    "DownlinkPingResponse": ".downlink_ping_response",
    "ExpiryTime": ".expiry_time",
    "ExpiryTimeExpiryAction": ".expiry_time_expiry_action",
    "ExportSubscribersExportMode": ".export_subscribers_export_mode",
    "FileExportResponse": ".file_export_response",
    "GetDataFromSimSort": ".get_data_from_sim_sort",
    "GetDataFromSubscriberSort": ".get_data_from_subscriber_sort",
    "ImeiLock": ".imei_lock",
    "IssueSubscriberTransferTokenRequest": ".issue_subscriber_transfer_token_request",
    "IssueSubscriberTransferTokenResponse": ".issue_subscriber_transfer_token_response",
    "ListSimStatusHistorySort": ".list_sim_status_history_sort",
    "ListSubscribersTagValueMatchMode": ".list_subscribers_tag_value_match_mode",
    "LocationRegistrationStatus": ".location_registration_status",
    "LocationRegistrationStatusForNetwork": ".location_registration_status_for_network",
    "Map": ".map_",
    "OrderedSimProfileResponse": ".ordered_sim_profile_response",
    "OrderedSimProfileResponseProfileStatus": ".ordered_sim_profile_response_profile_status",
    "PacketCaptureSession": ".packet_capture_session",
    "PacketCaptureSessionRequest": ".packet_capture_session_request",
    "PacketCaptureSessionStatus": ".packet_capture_session_status",
    "Placement": ".placement",
    "PlacementInfrastructureProvider": ".placement_infrastructure_provider",
    "PlacementRegion": ".placement_region",
    "PreviousSessionStatus": ".previous_session_status",
    "PutBundlesBodyItem": ".put_bundles_body_item",
    "RegisterSimRequest": ".register_sim_request",
    "RegisterSubscribersRequest": ".register_subscribers_request",
    "SessionEvent": ".session_event",
    "SessionStatus": ".session_status",
    "SessionStatusLocation": ".session_status_location",
    "SetGroupRequest": ".set_group_request",
    "SetImeiLockRequest": ".set_imei_lock_request",
    "Sim": ".sim",
    "SimDownlinkBinaryEncoding": ".sim_downlink_binary_encoding",
    "SimDownlinkHttpRequest": ".sim_downlink_http_request",
    "SimDownlinkHttpRequestHeaders": ".sim_downlink_http_request_headers",
    "SimDownlinkHttpRequestMethod": ".sim_downlink_http_request_method",
    "SimDownlinkHttpResponse": ".sim_downlink_http_response",
    "SimDownlinkHttpResponseHeaders": ".sim_downlink_http_response_headers",
    "SimDownlinkRtspAuthenticationBasic": ".sim_downlink_rtsp_authentication_basic",
    "SimDownlinkRtspAuthenticationBasicType": ".sim_downlink_rtsp_authentication_basic_type",
    "SimDownlinkRtspAuthenticationNone": ".sim_downlink_rtsp_authentication_none",
    "SimDownlinkRtspAuthenticationNoneType": ".sim_downlink_rtsp_authentication_none_type",
    "SimDownlinkRtspCommandSnapshot": ".sim_downlink_rtsp_command_snapshot",
    "SimDownlinkRtspCommandSnapshotHarvestFilesDestinationOptions": ".sim_downlink_rtsp_command_snapshot_harvest_files_destination_options",
    "SimDownlinkRtspCommandSnapshotOptions": ".sim_downlink_rtsp_command_snapshot_options",
    "SimDownlinkRtspCommandSnapshotOptionsDestinations": ".sim_downlink_rtsp_command_snapshot_options_destinations",
    "SimDownlinkRtspRequest": ".sim_downlink_rtsp_request",
    "SimDownlinkSshNoAuthentication": ".sim_downlink_ssh_no_authentication",
    "SimDownlinkSshNoAuthenticationType": ".sim_downlink_ssh_no_authentication_type",
    "SimDownlinkSshPasswordAuthentication": ".sim_downlink_ssh_password_authentication",
    "SimDownlinkSshPasswordAuthenticationType": ".sim_downlink_ssh_password_authentication_type",
    "SimDownlinkSshPublicKeyAuthentication": ".sim_downlink_ssh_public_key_authentication",
    "SimDownlinkSshPublicKeyAuthenticationType": ".sim_downlink_ssh_public_key_authentication_type",
    "SimDownlinkSshRequest": ".sim_downlink_ssh_request",
    "SimDownlinkSshResponse": ".sim_downlink_ssh_response",
    "SimDownlinkTcpConnectionFireAndForgetOptions": ".sim_downlink_tcp_connection_fire_and_forget_options",
    "SimDownlinkTcpConnectionFireAndForgetOptionsType": ".sim_downlink_tcp_connection_fire_and_forget_options_type",
    "SimDownlinkTcpConnectionIdleTimeoutOptions": ".sim_downlink_tcp_connection_idle_timeout_options",
    "SimDownlinkTcpConnectionIdleTimeoutOptionsType": ".sim_downlink_tcp_connection_idle_timeout_options_type",
    "SimDownlinkTcpConnectionWaitAllOptions": ".sim_downlink_tcp_connection_wait_all_options",
    "SimDownlinkTcpConnectionWaitAllOptionsType": ".sim_downlink_tcp_connection_wait_all_options_type",
    "SimDownlinkTcpConnectionWaitFirstOptions": ".sim_downlink_tcp_connection_wait_first_options",
    "SimDownlinkTcpConnectionWaitFirstOptionsType": ".sim_downlink_tcp_connection_wait_first_options_type",
    "SimDownlinkTcpConnectionWaitForPatternOptions": ".sim_downlink_tcp_connection_wait_for_pattern_options",
    "SimDownlinkTcpConnectionWaitForPatternOptionsType": ".sim_downlink_tcp_connection_wait_for_pattern_options_type",
    "SimDownlinkTcpRequest": ".sim_downlink_tcp_request",
    "SimDownlinkTcpResponse": ".sim_downlink_tcp_response",
    "SimDownlinkUdpRequest": ".sim_downlink_udp_request",
    "SimExpiryAction": ".sim_expiry_action",
    "SimModuleType": ".sim_module_type",
    "SimProfile": ".sim_profile",
    "SimProfileOrderResponse": ".sim_profile_order_response",
    "SimProfileOrderResponseStatus": ".sim_profile_order_response_status",
    "SimProfileSubscribers": ".sim_profile_subscribers",
    "SimProfiles": ".sim_profiles",
    "SimStatus": ".sim_status",
    "SimStatusHistoryResponse": ".sim_status_history_response",
    "SimType": ".sim_type",
    "SimplifiedSubscriber": ".simplified_subscriber",
    "SimplifiedSubscriberStatus": ".simplified_subscriber_status",
    "SmsForwardingReport": ".sms_forwarding_report",
    "SmsForwardingRequest": ".sms_forwarding_request",
    "Subscriber": ".subscriber",
    "SubscriberExpiryAction": ".subscriber_expiry_action",
    "SubscriberModuleType": ".subscriber_module_type",
    "SubscriberPacketCaptureSessionsItem": ".subscriber_packet_capture_sessions_item",
    "SubscriberStatus": ".subscriber_status",
    "SubscriptionContainer": ".subscription_container",
    "SubscriptionContainerStatus": ".subscription_container_status",
    "SubscriptionContainerStatusCountryMapping": ".subscription_container_status_country_mapping",
    "SubscriptionContainerStatusCountryMappingAdditionalProperty": ".subscription_container_status_country_mapping_additional_property",
    "SubscriptionContainerStatusCountryMappingAdditionalPropertyMappingRecord": ".subscription_container_status_country_mapping_additional_property_mapping_record",
    "SubscriptionContainerSubscriber": ".subscription_container_subscriber",
    "TagSet": ".tag_set",
    "TagUpdateRequest": ".tag_update_request",
    "TestingUsage": ".testing_usage",
    "TestingUsageUsage": ".testing_usage_usage",
    "TestingUsageUsageLimit": ".testing_usage_usage_limit",
    "TestingUsageUsageLimitNextStatus": ".testing_usage_usage_limit_next_status",
    "UpdateSpeedClassRequest": ".update_speed_class_request",
    "UpdateSpeedClassRequestSpeedClass": ".update_speed_class_request_speed_class",
    "VerifySubscriberTransferTokenRequest": ".verify_subscriber_transfer_token_request",
    "VerifySubscriberTransferTokenResponse": ".verify_subscriber_transfer_token_response",
    "AddSubscriptionBodyDict": ".add_subscription_body",
    "ArcCredentialAttachRequestDict": ".arc_credential_attach_request",
    "ArcCredentialRenewRequestDict": ".arc_credential_renew_request",
    "CellIdentifierDict": ".cell_identifier",
    "CreateSimProfileOrderRequestDict": ".create_sim_profile_order_request",
    "CreateSimRequestDict": ".create_sim_request",
    "DownlinkPingRequestDict": ".downlink_ping_request",
    "ExpiryTimeDict": ".expiry_time",
    "IssueSubscriberTransferTokenRequestDict": ".issue_subscriber_transfer_token_request",
    "PacketCaptureSessionRequestDict": ".packet_capture_session_request",
    "RegisterSimRequestDict": ".register_sim_request",
    "RegisterSubscribersRequestDict": ".register_subscribers_request",
    "SetGroupRequestDict": ".set_group_request",
    "SetImeiLockRequestDict": ".set_imei_lock_request",
    "SimDownlinkHttpRequestDict": ".sim_downlink_http_request",
    "SimDownlinkRtspAuthenticationBasicDict": ".sim_downlink_rtsp_authentication_basic",
    "SimDownlinkRtspAuthenticationNoneDict": ".sim_downlink_rtsp_authentication_none",
    "SimDownlinkRtspCommandSnapshotHarvestFilesDestinationOptionsDict": ".sim_downlink_rtsp_command_snapshot_harvest_files_destination_options",
    "SimDownlinkRtspCommandSnapshotOptionsDict": ".sim_downlink_rtsp_command_snapshot_options",
    "SimDownlinkRtspCommandSnapshotOptionsDestinationsDict": ".sim_downlink_rtsp_command_snapshot_options_destinations",
    "SimDownlinkRtspRequestDict": ".sim_downlink_rtsp_request",
    "SimDownlinkSshNoAuthenticationDict": ".sim_downlink_ssh_no_authentication",
    "SimDownlinkSshPasswordAuthenticationDict": ".sim_downlink_ssh_password_authentication",
    "SimDownlinkSshPublicKeyAuthenticationDict": ".sim_downlink_ssh_public_key_authentication",
    "SimDownlinkSshRequestDict": ".sim_downlink_ssh_request",
    "SimDownlinkTcpConnectionFireAndForgetOptionsDict": ".sim_downlink_tcp_connection_fire_and_forget_options",
    "SimDownlinkTcpConnectionIdleTimeoutOptionsDict": ".sim_downlink_tcp_connection_idle_timeout_options",
    "SimDownlinkTcpConnectionWaitAllOptionsDict": ".sim_downlink_tcp_connection_wait_all_options",
    "SimDownlinkTcpConnectionWaitFirstOptionsDict": ".sim_downlink_tcp_connection_wait_first_options",
    "SimDownlinkTcpConnectionWaitForPatternOptionsDict": ".sim_downlink_tcp_connection_wait_for_pattern_options",
    "SimDownlinkTcpRequestDict": ".sim_downlink_tcp_request",
    "SimDownlinkUdpRequestDict": ".sim_downlink_udp_request",
    "SmsForwardingRequestDict": ".sms_forwarding_request",
    "TagUpdateRequestDict": ".tag_update_request",
    "UpdateSpeedClassRequestDict": ".update_speed_class_request",
    "VerifySubscriberTransferTokenRequestDict": ".verify_subscriber_transfer_token_request",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value  # later lookups skip __getattr__
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = (
    "AddSubscriptionBody",
    "AddSubscriptionBodyDict",
    "AddSubscriptionBodySubscription",
    "AddSubscriptionBodyType",
    "APICallErrorMessage",
    "ArcCredentialAttachRequest",
    "ArcCredentialAttachRequestDict",
    "ArcCredentialAttachResponse",
    "ArcCredentialRenewRequest",
    "ArcCredentialRenewRequestDict",
    "ArcCredentialRenewResponse",
    "ArcSessionCreateResponse",
    "ArcSessionStatus",
    "Capabilities",
    "Cell",
    "CellIdentifier",
    "CellIdentifierDict",
    "CellLocation",
    "CellRadioType",
    "CreateArcSessionBody",
    "CreateSimProfileOrderRequest",
    "CreateSimProfileOrderRequestBundlesItem",
    "CreateSimProfileOrderRequestDict",
    "CreateSimProfileOrderRequestSpeedClass",
    "CreateSimRequest",
    "CreateSimRequestDict",
    "CreateSimRequestSubscription",
    "CreateSimRequestType",
    "DataEntry",
    "DataEntryResourceType",
    "DownlinkPingRequest",
    "DownlinkPingRequestDict",
    "DownlinkPingResponse",
    "ExpiryTime",
    "ExpiryTimeDict",
    "ExpiryTimeExpiryAction",
    "ExportSubscribersExportMode",
    "FileExportResponse",
    "GetDataFromSimSort",
    "GetDataFromSubscriberSort",
    "ImeiLock",
    "IssueSubscriberTransferTokenRequest",
    "IssueSubscriberTransferTokenRequestDict",
    "IssueSubscriberTransferTokenResponse",
    "ListSimStatusHistorySort",
    "ListSubscribersTagValueMatchMode",
    "LocationRegistrationStatus",
    "LocationRegistrationStatusForNetwork",
    "Map",
    "OrderedSimProfileResponse",
    "OrderedSimProfileResponseProfileStatus",
    "PacketCaptureSession",
    "PacketCaptureSessionRequest",
    "PacketCaptureSessionRequestDict",
    "PacketCaptureSessionStatus",
    "Placement",
    "PlacementInfrastructureProvider",
    "PlacementRegion",
    "PreviousSessionStatus",
    "PutBundlesBodyItem",
    "RegisterSimRequest",
    "RegisterSimRequestDict",
    "RegisterSubscribersRequest",
    "RegisterSubscribersRequestDict",
    "SessionEvent",
    "SessionStatus",
    "SessionStatusLocation",
    "SetGroupRequest",
    "SetGroupRequestDict",
    "SetImeiLockRequest",
    "SetImeiLockRequestDict",
    "Sim",
    "SimDownlinkBinaryEncoding",
    "SimDownlinkHttpRequest",
    "SimDownlinkHttpRequestDict",
    "SimDownlinkHttpRequestHeaders",
    "SimDownlinkHttpRequestMethod",
    "SimDownlinkHttpResponse",
    "SimDownlinkHttpResponseHeaders",
    "SimDownlinkRtspAuthenticationBasic",
    "SimDownlinkRtspAuthenticationBasicDict",
    "SimDownlinkRtspAuthenticationBasicType",
    "SimDownlinkRtspAuthenticationNone",
    "SimDownlinkRtspAuthenticationNoneDict",
    "SimDownlinkRtspAuthenticationNoneType",
    "SimDownlinkRtspCommandSnapshot",
    "SimDownlinkRtspCommandSnapshotHarvestFilesDestinationOptions",
    "SimDownlinkRtspCommandSnapshotHarvestFilesDestinationOptionsDict",
    "SimDownlinkRtspCommandSnapshotOptions",
    "SimDownlinkRtspCommandSnapshotOptionsDestinations",
    "SimDownlinkRtspCommandSnapshotOptionsDestinationsDict",
    "SimDownlinkRtspCommandSnapshotOptionsDict",
    "SimDownlinkRtspRequest",
    "SimDownlinkRtspRequestDict",
    "SimDownlinkSshNoAuthentication",
    "SimDownlinkSshNoAuthenticationDict",
    "SimDownlinkSshNoAuthenticationType",
    "SimDownlinkSshPasswordAuthentication",
    "SimDownlinkSshPasswordAuthenticationDict",
    "SimDownlinkSshPasswordAuthenticationType",
    "SimDownlinkSshPublicKeyAuthentication",
    "SimDownlinkSshPublicKeyAuthenticationDict",
    "SimDownlinkSshPublicKeyAuthenticationType",
    "SimDownlinkSshRequest",
    "SimDownlinkSshRequestDict",
    "SimDownlinkSshResponse",
    "SimDownlinkTcpConnectionFireAndForgetOptions",
    "SimDownlinkTcpConnectionFireAndForgetOptionsDict",
    "SimDownlinkTcpConnectionFireAndForgetOptionsType",
    "SimDownlinkTcpConnectionIdleTimeoutOptions",
    "SimDownlinkTcpConnectionIdleTimeoutOptionsDict",
    "SimDownlinkTcpConnectionIdleTimeoutOptionsType",
    "SimDownlinkTcpConnectionWaitAllOptions",
    "SimDownlinkTcpConnectionWaitAllOptionsDict",
    "SimDownlinkTcpConnectionWaitAllOptionsType",
    "SimDownlinkTcpConnectionWaitFirstOptions",
    "SimDownlinkTcpConnectionWaitFirstOptionsDict",
    "SimDownlinkTcpConnectionWaitFirstOptionsType",
    "SimDownlinkTcpConnectionWaitForPatternOptions",
    "SimDownlinkTcpConnectionWaitForPatternOptionsDict",
    "SimDownlinkTcpConnectionWaitForPatternOptionsType",
    "SimDownlinkTcpRequest",
    "SimDownlinkTcpRequestDict",
    "SimDownlinkTcpResponse",
    "SimDownlinkUdpRequest",
    "SimDownlinkUdpRequestDict",
    "SimExpiryAction",
    "SimModuleType",
    "SimplifiedSubscriber",
    "SimplifiedSubscriberStatus",
    "SimProfile",
    "SimProfileOrderResponse",
    "SimProfileOrderResponseStatus",
    "SimProfiles",
    "SimProfileSubscribers",
    "SimStatus",
    "SimStatusHistoryResponse",
    "SimType",
    "SmsForwardingReport",
    "SmsForwardingRequest",
    "SmsForwardingRequestDict",
    "Subscriber",
    "SubscriberExpiryAction",
    "SubscriberModuleType",
    "SubscriberPacketCaptureSessionsItem",
    "SubscriberStatus",
    "SubscriptionContainer",
    "SubscriptionContainerStatus",
    "SubscriptionContainerStatusCountryMapping",
    "SubscriptionContainerStatusCountryMappingAdditionalProperty",
    "SubscriptionContainerStatusCountryMappingAdditionalPropertyMappingRecord",
    "SubscriptionContainerSubscriber",
    "TagSet",
    "TagUpdateRequest",
    "TagUpdateRequestDict",
    "TestingUsage",
    "TestingUsageUsage",
    "TestingUsageUsageLimit",
    "TestingUsageUsageLimitNextStatus",
    "UpdateSpeedClassRequest",
    "UpdateSpeedClassRequestDict",
    "UpdateSpeedClassRequestSpeedClass",
    "VerifySubscriberTransferTokenRequest",
    "VerifySubscriberTransferTokenRequestDict",
    "VerifySubscriberTransferTokenResponse",
)
