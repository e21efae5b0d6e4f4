""" Contains all the data models used in inputs/outputs """

from .accepted_invitation import AcceptedInvitation
from .activity import Activity
from .added_application import AddedApplication
from .admin_organization_out import AdminOrganizationOut
from .admin_user_out import AdminUserOut
from .analysis_status import AnalysisStatus
from .analyze_top_accepted import AnalyzeTopAccepted
from .analyze_top_request import AnalyzeTopRequest
from .answer_save import AnswerSave
from .answer_saved import AnswerSaved
from .api_key_create import ApiKeyCreate
from .api_key_created import ApiKeyCreated
from .api_key_out import ApiKeyOut
from .application import Application
from .application_create import ApplicationCreate
from .application_create_source import ApplicationCreateSource
from .application_event import ApplicationEvent
from .assessment import Assessment
from .assessment_create import AssessmentCreate
from .assessment_create_seniority_type_0 import AssessmentCreateSeniorityType0
from .assessment_invitation_create import AssessmentInvitationCreate
from .audit_entry_out import AuditEntryOut
from .auth_result import AuthResult
from .batch_cv_analysis_request import BatchCvAnalysisRequest
from .batch_cv_item import BatchCvItem
from .batch_item_result import BatchItemResult
from .batch_out import BatchOut
from .batch_request import BatchRequest
from .blind_candidate import BlindCandidate
from .blind_match import BlindMatch
from .board import Board
from .board_card import BoardCard
from .board_column import BoardColumn
from .body_oauth_token import BodyOauthToken
from .body_upload_cvs import BodyUploadCvs
from .body_upload_cvs_type import BodyUploadCvsType
from .body_upload_resume import BodyUploadResume
from .bulk_email import BulkEmail
from .bulk_item import BulkItem
from .bulk_item_status import BulkItemStatus
from .bulk_move import BulkMove
from .bulk_reject import BulkReject
from .bulk_result import BulkResult
from .candidate import Candidate
from .candidate_create import CandidateCreate
from .candidate_create_employmentstatus import CandidateCreateEmploymentstatus
from .candidate_create_metadata import CandidateCreateMetadata
from .candidate_create_type import CandidateCreateType
from .candidate_detail import CandidateDetail
from .candidate_detail_employmentstatus import CandidateDetailEmploymentstatus
from .candidate_detail_metadata import CandidateDetailMetadata
from .candidate_detail_profile import CandidateDetailProfile
from .candidate_detail_profilestatus import CandidateDetailProfilestatus
from .candidate_detail_type import CandidateDetailType
from .candidate_employmentstatus import CandidateEmploymentstatus
from .candidate_match import CandidateMatch
from .candidate_match_statistics import CandidateMatchStatistics
from .candidate_metadata import CandidateMetadata
from .candidate_profilestatus import CandidateProfilestatus
from .candidate_summary import CandidateSummary
from .candidate_type import CandidateType
from .candidate_update import CandidateUpdate
from .candidate_update_employment_status_type_0 import CandidateUpdateEmploymentStatusType0
from .candidate_update_metadata_type_0 import CandidateUpdateMetadataType0
from .candidate_update_type_type_0 import CandidateUpdateTypeType0
from .catalog_skill import CatalogSkill
from .catalog_skill_source import CatalogSkillSource
from .checkout_out import CheckoutOut
from .checkout_request import CheckoutRequest
from .commute import Commute
from .company import Company
from .company_create import CompanyCreate
from .competency_score import CompetencyScore
from .contact import Contact
from .coverage_row import CoverageRow
from .coverage_row_coveredby import CoverageRowCoveredby
from .credit_balance_out import CreditBalanceOut
from .credit_balance_out_prices import CreditBalanceOutPrices
from .credit_movement import CreditMovement
from .credit_pack_out import CreditPackOut
from .cv_analysis import CvAnalysis
from .cv_analysis_answer import CvAnalysisAnswer
from .cv_analysis_answer_confidence import CvAnalysisAnswerConfidence
from .cv_analysis_answer_recommendation import CvAnalysisAnswerRecommendation
from .cv_analysis_confidence import CvAnalysisConfidence
from .cv_analysis_recommendation import CvAnalysisRecommendation
from .cv_analysis_request import CvAnalysisRequest
from .cv_document_out import CvDocumentOut
from .dashboard import Dashboard
from .dashboard_applicationsbystage import DashboardApplicationsbystage
from .deduct_request import DeductRequest
from .department_insight import DepartmentInsight
from .dimension_score import DimensionScore
from .enrichment import Enrichment
from .enrichment_answer import EnrichmentAnswer
from .envelope_accepted_invitation import EnvelopeAcceptedInvitation
from .envelope_admin_organization_out import EnvelopeAdminOrganizationOut
from .envelope_admin_user_out import EnvelopeAdminUserOut
from .envelope_analysis_status import EnvelopeAnalysisStatus
from .envelope_analyze_top_accepted import EnvelopeAnalyzeTopAccepted
from .envelope_answer_saved import EnvelopeAnswerSaved
from .envelope_api_key_created import EnvelopeApiKeyCreated
from .envelope_api_key_out import EnvelopeApiKeyOut
from .envelope_application import EnvelopeApplication
from .envelope_assessment import EnvelopeAssessment
from .envelope_auth_result import EnvelopeAuthResult
from .envelope_batch_out import EnvelopeBatchOut
from .envelope_board import EnvelopeBoard
from .envelope_bulk_result import EnvelopeBulkResult
from .envelope_candidate_detail import EnvelopeCandidateDetail
from .envelope_candidate_match_statistics import EnvelopeCandidateMatchStatistics
from .envelope_catalog_skill import EnvelopeCatalogSkill
from .envelope_checkout_out import EnvelopeCheckoutOut
from .envelope_company import EnvelopeCompany
from .envelope_credit_balance_out import EnvelopeCreditBalanceOut
from .envelope_credit_movement import EnvelopeCreditMovement
from .envelope_cv_analysis_answer import EnvelopeCvAnalysisAnswer
from .envelope_dashboard import EnvelopeDashboard
from .envelope_enrichment_answer import EnvelopeEnrichmentAnswer
from .envelope_erased import EnvelopeErased
from .envelope_fairness_report import EnvelopeFairnessReport
from .envelope_feedback_out import EnvelopeFeedbackOut
from .envelope_fit_answer import EnvelopeFitAnswer
from .envelope_generate_answer import EnvelopeGenerateAnswer
from .envelope_git_hub_analysis_accepted import EnvelopeGitHubAnalysisAccepted
from .envelope_hr_request import EnvelopeHrRequest
from .envelope_hr_user import EnvelopeHrUser
from .envelope_import_out import EnvelopeImportOut
from .envelope_interview import EnvelopeInterview
from .envelope_interview_analysis_answer import EnvelopeInterviewAnalysisAnswer
from .envelope_interview_question_kit_answer import EnvelopeInterviewQuestionKitAnswer
from .envelope_invitation import EnvelopeInvitation
from .envelope_invitation_out import EnvelopeInvitationOut
from .envelope_job import EnvelopeJob
from .envelope_job_analysis_answer import EnvelopeJobAnalysisAnswer
from .envelope_job_requirements_answer import EnvelopeJobRequirementsAnswer
from .envelope_match import EnvelopeMatch
from .envelope_match_detail import EnvelopeMatchDetail
from .envelope_member import EnvelopeMember
from .envelope_note import EnvelopeNote
from .envelope_notification_out import EnvelopeNotificationOut
from .envelope_organization_out import EnvelopeOrganizationOut
from .envelope_paper import EnvelopePaper
from .envelope_payment_out import EnvelopePaymentOut
from .envelope_pipeline_figures import EnvelopePipelineFigures
from .envelope_place_out import EnvelopePlaceOut
from .envelope_profile import EnvelopeProfile
from .envelope_profile_export import EnvelopeProfileExport
from .envelope_question_kit_answer import EnvelopeQuestionKitAnswer
from .envelope_ranking_model_out import EnvelopeRankingModelOut
from .envelope_read_all import EnvelopeReadAll
from .envelope_rejection_reason import EnvelopeRejectionReason
from .envelope_resume import EnvelopeResume
from .envelope_skill_profile import EnvelopeSkillProfile
from .envelope_skills_coverage import EnvelopeSkillsCoverage
from .envelope_stage import EnvelopeStage
from .envelope_submitted import EnvelopeSubmitted
from .envelope_swap_request import EnvelopeSwapRequest
from .envelope_talent_search_out import EnvelopeTalentSearchOut
from .envelope_task_out import EnvelopeTaskOut
from .envelope_union_profile_public_profile import EnvelopeUnionProfilePublicProfile
from .envelope_unread_count import EnvelopeUnreadCount
from .envelope_upload_accepted import EnvelopeUploadAccepted
from .envelope_usage_out import EnvelopeUsageOut
from .envelope_user_out import EnvelopeUserOut
from .envelope_webhook_endpoint_out import EnvelopeWebhookEndpointOut
from .envelope_webhook_endpoint_with_secret import EnvelopeWebhookEndpointWithSecret
from .envelope_workflow_out import EnvelopeWorkflowOut
from .envelopedictstr_int import EnvelopedictstrInt
from .envelopedictstr_int_data import EnvelopedictstrIntData
from .envelopelist_added_application import EnvelopelistAddedApplication
from .envelopelist_batch_item_result import EnvelopelistBatchItemResult
from .envelopelist_profile_match import EnvelopelistProfileMatch
from .envelopelist_skill_category import EnvelopelistSkillCategory
from .envelopelist_skill_suggestion import EnvelopelistSkillSuggestion
from .erased import Erased
from .evidence_item import EvidenceItem
from .evidence_item_importance import EvidenceItemImportance
from .evidence_item_kind import EvidenceItemKind
from .fairness_report import FairnessReport
from .feature_contribution import FeatureContribution
from .feedback_create import FeedbackCreate
from .feedback_out import FeedbackOut
from .feedback_type import FeedbackType
from .fit_analysis import FitAnalysis
from .fit_analysis_confidence import FitAnalysisConfidence
from .fit_answer import FitAnswer
from .fit_answer_confidence import FitAnswerConfidence
from .future_potential import FuturePotential
from .generate_answer import GenerateAnswer
from .generate_answer_scope import GenerateAnswerScope
from .generated_job_requirements import GeneratedJobRequirements
from .git_hub_analysis_accepted import GitHubAnalysisAccepted
from .git_hub_analysis_request import GitHubAnalysisRequest
from .grant_request import GrantRequest
from .hr_decision import HrDecision
from .hr_request import HrRequest
from .hr_request_savingsbreakdown import HrRequestSavingsbreakdown
from .hr_user import HrUser
from .hr_user_add import HrUserAdd
from .http_validation_error import HTTPValidationError
from .import_out import ImportOut
from .import_out_skipped_item import ImportOutSkippedItem
from .import_request import ImportRequest
from .insight_breakdowns import InsightBreakdowns
from .insights import Insights
from .interview import Interview
from .interview_analysis import InterviewAnalysis
from .interview_analysis_answer import InterviewAnalysisAnswer
from .interview_analysis_answer_recommendation import InterviewAnalysisAnswerRecommendation
from .interview_analysis_recommendation import InterviewAnalysisRecommendation
from .interview_answer import InterviewAnswer
from .interview_create import InterviewCreate
from .interview_question import InterviewQuestion
from .interview_question_kind import InterviewQuestionKind
from .interview_question_kit_answer import InterviewQuestionKitAnswer
from .interview_results import InterviewResults
from .interview_results_ratings import InterviewResultsRatings
from .interview_results_type_0 import InterviewResultsType0
from .interview_status import InterviewStatus
from .interview_update import InterviewUpdate
from .invitation import Invitation
from .invitation_create import InvitationCreate
from .invitation_out import InvitationOut
from .invitation_results import InvitationResults
from .job import Job
from .job_analysis import JobAnalysis
from .job_analysis_answer import JobAnalysisAnswer
from .job_applications_add import JobApplicationsAdd
from .job_applications_add_source import JobApplicationsAddSource
from .job_companycontext import JobCompanycontext
from .job_create import JobCreate
from .job_create_companycontext import JobCreateCompanycontext
from .job_create_status import JobCreateStatus
from .job_match import JobMatch
from .job_matches_type import JobMatchesType
from .job_pipeline_counts import JobPipelineCounts
from .job_requirements import JobRequirements
from .job_requirements_answer import JobRequirementsAnswer
from .job_requirements_request import JobRequirementsRequest
from .job_status import JobStatus
from .job_summary import JobSummary
from .job_update import JobUpdate
from .job_update_company_context_type_0 import JobUpdateCompanyContextType0
from .job_update_infer_requirements_type_0_item import JobUpdateInferRequirementsType0Item
from .job_update_status_type_0 import JobUpdateStatusType0
from .ledger_entry_out import LedgerEntryOut
from .ledger_kind import LedgerKind
from .list_candidates_employment_status_type_0 import ListCandidatesEmploymentStatusType0
from .list_candidates_type import ListCandidatesType
from .list_jobs_status import ListJobsStatus
from .list_skills_order import ListSkillsOrder
from .list_skills_sortby import ListSkillsSortby
from .live_response_live import LiveResponseLive
from .location import Location
from .login_request import LoginRequest
from .match import Match
from .match_breakdown import MatchBreakdown
from .match_detail import MatchDetail
from .match_detail_ai_analysis_type_0 import MatchDetailAiAnalysisType0
from .match_detail_ai_provenance_type_0 import MatchDetailAiProvenanceType0
from .match_feedback import MatchFeedback
from .match_reason import MatchReason
from .match_reason_method import MatchReasonMethod
from .match_statistics import MatchStatistics
from .member import Member
from .member_add import MemberAdd
from .member_update import MemberUpdate
from .mentioned_member import MentionedMember
from .message import Message
from .multi_dimensional_analysis import MultiDimensionalAnalysis
from .note import Note
from .note_create import NoteCreate
from .notification_out import NotificationOut
from .notification_out_data import NotificationOutData
from .o_auth_token import OAuthToken
from .onet_ref import OnetRef
from .organization_out import OrganizationOut
from .organization_ref import OrganizationRef
from .page_admin_organization_out import PageAdminOrganizationOut
from .page_admin_user_out import PageAdminUserOut
from .page_api_key_out import PageApiKeyOut
from .page_application import PageApplication
from .page_application_event import PageApplicationEvent
from .page_assessment import PageAssessment
from .page_audit_entry_out import PageAuditEntryOut
from .page_blind_match import PageBlindMatch
from .page_candidate import PageCandidate
from .page_candidate_match import PageCandidateMatch
from .page_catalog_skill import PageCatalogSkill
from .page_company import PageCompany
from .page_credit_pack_out import PageCreditPackOut
from .page_feedback_out import PageFeedbackOut
from .page_hr_request import PageHrRequest
from .page_interview import PageInterview
from .page_invitation import PageInvitation
from .page_invitation_out import PageInvitationOut
from .page_job import PageJob
from .page_job_match import PageJobMatch
from .page_job_pipeline_counts import PageJobPipelineCounts
from .page_ledger_entry_out import PageLedgerEntryOut
from .page_match import PageMatch
from .page_member import PageMember
from .page_note import PageNote
from .page_notification_out import PageNotificationOut
from .page_payment_out import PagePaymentOut
from .page_rejection_reason import PageRejectionReason
from .page_stage import PageStage
from .page_swap_request import PageSwapRequest
from .page_task_out import PageTaskOut
from .page_webhook_delivery_out import PageWebhookDeliveryOut
from .page_webhook_endpoint_out import PageWebhookEndpointOut
from .pagedictstr_any import PagedictstrAny
from .pagedictstr_any_data_item import PagedictstrAnyDataItem
from .pagination import Pagination
from .paper import Paper
from .paper_option import PaperOption
from .paper_question import PaperQuestion
from .paper_question_answer_type_0 import PaperQuestionAnswerType0
from .paper_question_kind import PaperQuestionKind
from .payment_out import PaymentOut
from .payment_status import PaymentStatus
from .pipeline import Pipeline
from .pipeline_applicationsbystage import PipelineApplicationsbystage
from .pipeline_bystatus import PipelineBystatus
from .pipeline_bytype import PipelineBytype
from .pipeline_counts_status import PipelineCountsStatus
from .pipeline_feedback import PipelineFeedback
from .pipeline_figures import PipelineFigures
from .place_out import PlaceOut
from .profile import Profile
from .profile_create import ProfileCreate
from .profile_create_commutemode import ProfileCreateCommutemode
from .profile_export import ProfileExport
from .profile_export_matches_item import ProfileExportMatchesItem
from .profile_export_swap_requests_item import ProfileExportSwapRequestsItem
from .profile_match import ProfileMatch
from .profile_match_request import ProfileMatchRequest
from .profile_skill import ProfileSkill
from .profile_update import ProfileUpdate
from .profile_update_commute_mode_type_0 import ProfileUpdateCommuteModeType0
from .provenance import Provenance
from .provenance_weights import ProvenanceWeights
from .public_location import PublicLocation
from .public_profile import PublicProfile
from .question_kit import QuestionKit
from .question_kit_answer import QuestionKitAnswer
from .question_kit_request import QuestionKitRequest
from .ranking_model_out import RankingModelOut
from .ranking_model_out_weights import RankingModelOutWeights
from .read_all import ReadAll
from .reason_ref import ReasonRef
from .refresh_request import RefreshRequest
from .refund_request import RefundRequest
from .register_request import RegisterRequest
from .rejected_file import RejectedFile
from .rejection_reason import RejectionReason
from .rejection_reason_create import RejectionReasonCreate
from .rejection_reason_update import RejectionReasonUpdate
from .required_skill_coverage import RequiredSkillCoverage
from .requirement_evidence import RequirementEvidence
from .requirement_evidence_source import RequirementEvidenceSource
from .requirement_provenance import RequirementProvenance
from .requirement_provenance_source import RequirementProvenanceSource
from .resume import Resume
from .resume_parseddata import ResumeParseddata
from .role import Role
from .score_bucket import ScoreBucket
from .score_bucket_histogram import ScoreBucketHistogram
from .search_candidates_employment_status_type_0 import SearchCandidatesEmploymentStatusType0
from .search_candidates_type import SearchCandidatesType
from .search_criteria import SearchCriteria
from .search_hit import SearchHit
from .search_page import SearchPage
from .skill_category import SkillCategory
from .skill_count import SkillCount
from .skill_create import SkillCreate
from .skill_detail import SkillDetail
from .skill_evidence import SkillEvidence
from .skill_gap import SkillGap
from .skill_gap_importance import SkillGapImportance
from .skill_level_set import SkillLevelSet
from .skill_profile import SkillProfile
from .skill_requirement import SkillRequirement
from .skill_requirement_importance import SkillRequirementImportance
from .skill_suggestion import SkillSuggestion
from .skill_supply_demand import SkillSupplyDemand
from .skill_update import SkillUpdate
from .skills_coverage import SkillsCoverage
from .source_evidence import SourceEvidence
from .source_evidence_evidence import SourceEvidenceEvidence
from .stage import Stage
from .stage_count import StageCount
from .stage_create import StageCreate
from .stage_figures import StageFigures
from .stage_kind import StageKind
from .stage_move import StageMove
from .stage_ref import StageRef
from .stage_update import StageUpdate
from .submitted import Submitted
from .swap_accept import SwapAccept
from .swap_request import SwapRequest
from .swap_request_create import SwapRequestCreate
from .swap_request_direction import SwapRequestDirection
from .talent_result import TalentResult
from .talent_result_source import TalentResultSource
from .talent_search_out import TalentSearchOut
from .task_out import TaskOut
from .task_out_result_type_0 import TaskOutResultType0
from .task_status import TaskStatus
from .unread_count import UnreadCount
from .upload_accepted import UploadAccepted
from .uploaded_file import UploadedFile
from .usage_out import UsageOut
from .usage_out_ai_operations_item import UsageOutAiOperationsItem
from .usage_out_credit_consumption_item import UsageOutCreditConsumptionItem
from .usage_out_credittotalsbykind import UsageOutCredittotalsbykind
from .user_out import UserOut
from .validation_error import ValidationError
from .validation_error_context import ValidationErrorContext
from .webhook_ack import WebhookAck
from .webhook_delivery_out import WebhookDeliveryOut
from .webhook_endpoint_create import WebhookEndpointCreate
from .webhook_endpoint_out import WebhookEndpointOut
from .webhook_endpoint_update import WebhookEndpointUpdate
from .webhook_endpoint_with_secret import WebhookEndpointWithSecret
from .workflow_out import WorkflowOut
from .workflow_trigger import WorkflowTrigger
from .workflow_trigger_payload import WorkflowTriggerPayload

__all__ = (
    "AcceptedInvitation",
    "Activity",
    "AddedApplication",
    "AdminOrganizationOut",
    "AdminUserOut",
    "AnalysisStatus",
    "AnalyzeTopAccepted",
    "AnalyzeTopRequest",
    "AnswerSave",
    "AnswerSaved",
    "ApiKeyCreate",
    "ApiKeyCreated",
    "ApiKeyOut",
    "Application",
    "ApplicationCreate",
    "ApplicationCreateSource",
    "ApplicationEvent",
    "Assessment",
    "AssessmentCreate",
    "AssessmentCreateSeniorityType0",
    "AssessmentInvitationCreate",
    "AuditEntryOut",
    "AuthResult",
    "BatchCvAnalysisRequest",
    "BatchCvItem",
    "BatchItemResult",
    "BatchOut",
    "BatchRequest",
    "BlindCandidate",
    "BlindMatch",
    "Board",
    "BoardCard",
    "BoardColumn",
    "BodyOauthToken",
    "BodyUploadCvs",
    "BodyUploadCvsType",
    "BodyUploadResume",
    "BulkEmail",
    "BulkItem",
    "BulkItemStatus",
    "BulkMove",
    "BulkReject",
    "BulkResult",
    "Candidate",
    "CandidateCreate",
    "CandidateCreateEmploymentstatus",
    "CandidateCreateMetadata",
    "CandidateCreateType",
    "CandidateDetail",
    "CandidateDetailEmploymentstatus",
    "CandidateDetailMetadata",
    "CandidateDetailProfile",
    "CandidateDetailProfilestatus",
    "CandidateDetailType",
    "CandidateEmploymentstatus",
    "CandidateMatch",
    "CandidateMatchStatistics",
    "CandidateMetadata",
    "CandidateProfilestatus",
    "CandidateSummary",
    "CandidateType",
    "CandidateUpdate",
    "CandidateUpdateEmploymentStatusType0",
    "CandidateUpdateMetadataType0",
    "CandidateUpdateTypeType0",
    "CatalogSkill",
    "CatalogSkillSource",
    "CheckoutOut",
    "CheckoutRequest",
    "Commute",
    "Company",
    "CompanyCreate",
    "CompetencyScore",
    "Contact",
    "CoverageRow",
    "CoverageRowCoveredby",
    "CreditBalanceOut",
    "CreditBalanceOutPrices",
    "CreditMovement",
    "CreditPackOut",
    "CvAnalysis",
    "CvAnalysisAnswer",
    "CvAnalysisAnswerConfidence",
    "CvAnalysisAnswerRecommendation",
    "CvAnalysisConfidence",
    "CvAnalysisRecommendation",
    "CvAnalysisRequest",
    "CvDocumentOut",
    "Dashboard",
    "DashboardApplicationsbystage",
    "DeductRequest",
    "DepartmentInsight",
    "DimensionScore",
    "Enrichment",
    "EnrichmentAnswer",
    "EnvelopeAcceptedInvitation",
    "EnvelopeAdminOrganizationOut",
    "EnvelopeAdminUserOut",
    "EnvelopeAnalysisStatus",
    "EnvelopeAnalyzeTopAccepted",
    "EnvelopeAnswerSaved",
    "EnvelopeApiKeyCreated",
    "EnvelopeApiKeyOut",
    "EnvelopeApplication",
    "EnvelopeAssessment",
    "EnvelopeAuthResult",
    "EnvelopeBatchOut",
    "EnvelopeBoard",
    "EnvelopeBulkResult",
    "EnvelopeCandidateDetail",
    "EnvelopeCandidateMatchStatistics",
    "EnvelopeCatalogSkill",
    "EnvelopeCheckoutOut",
    "EnvelopeCompany",
    "EnvelopeCreditBalanceOut",
    "EnvelopeCreditMovement",
    "EnvelopeCvAnalysisAnswer",
    "EnvelopeDashboard",
    "EnvelopedictstrInt",
    "EnvelopedictstrIntData",
    "EnvelopeEnrichmentAnswer",
    "EnvelopeErased",
    "EnvelopeFairnessReport",
    "EnvelopeFeedbackOut",
    "EnvelopeFitAnswer",
    "EnvelopeGenerateAnswer",
    "EnvelopeGitHubAnalysisAccepted",
    "EnvelopeHrRequest",
    "EnvelopeHrUser",
    "EnvelopeImportOut",
    "EnvelopeInterview",
    "EnvelopeInterviewAnalysisAnswer",
    "EnvelopeInterviewQuestionKitAnswer",
    "EnvelopeInvitation",
    "EnvelopeInvitationOut",
    "EnvelopeJob",
    "EnvelopeJobAnalysisAnswer",
    "EnvelopeJobRequirementsAnswer",
    "EnvelopelistAddedApplication",
    "EnvelopelistBatchItemResult",
    "EnvelopelistProfileMatch",
    "EnvelopelistSkillCategory",
    "EnvelopelistSkillSuggestion",
    "EnvelopeMatch",
    "EnvelopeMatchDetail",
    "EnvelopeMember",
    "EnvelopeNote",
    "EnvelopeNotificationOut",
    "EnvelopeOrganizationOut",
    "EnvelopePaper",
    "EnvelopePaymentOut",
    "EnvelopePipelineFigures",
    "EnvelopePlaceOut",
    "EnvelopeProfile",
    "EnvelopeProfileExport",
    "EnvelopeQuestionKitAnswer",
    "EnvelopeRankingModelOut",
    "EnvelopeReadAll",
    "EnvelopeRejectionReason",
    "EnvelopeResume",
    "EnvelopeSkillProfile",
    "EnvelopeSkillsCoverage",
    "EnvelopeStage",
    "EnvelopeSubmitted",
    "EnvelopeSwapRequest",
    "EnvelopeTalentSearchOut",
    "EnvelopeTaskOut",
    "EnvelopeUnionProfilePublicProfile",
    "EnvelopeUnreadCount",
    "EnvelopeUploadAccepted",
    "EnvelopeUsageOut",
    "EnvelopeUserOut",
    "EnvelopeWebhookEndpointOut",
    "EnvelopeWebhookEndpointWithSecret",
    "EnvelopeWorkflowOut",
    "Erased",
    "EvidenceItem",
    "EvidenceItemImportance",
    "EvidenceItemKind",
    "FairnessReport",
    "FeatureContribution",
    "FeedbackCreate",
    "FeedbackOut",
    "FeedbackType",
    "FitAnalysis",
    "FitAnalysisConfidence",
    "FitAnswer",
    "FitAnswerConfidence",
    "FuturePotential",
    "GenerateAnswer",
    "GenerateAnswerScope",
    "GeneratedJobRequirements",
    "GitHubAnalysisAccepted",
    "GitHubAnalysisRequest",
    "GrantRequest",
    "HrDecision",
    "HrRequest",
    "HrRequestSavingsbreakdown",
    "HrUser",
    "HrUserAdd",
    "HTTPValidationError",
    "ImportOut",
    "ImportOutSkippedItem",
    "ImportRequest",
    "InsightBreakdowns",
    "Insights",
    "Interview",
    "InterviewAnalysis",
    "InterviewAnalysisAnswer",
    "InterviewAnalysisAnswerRecommendation",
    "InterviewAnalysisRecommendation",
    "InterviewAnswer",
    "InterviewCreate",
    "InterviewQuestion",
    "InterviewQuestionKind",
    "InterviewQuestionKitAnswer",
    "InterviewResults",
    "InterviewResultsRatings",
    "InterviewResultsType0",
    "InterviewStatus",
    "InterviewUpdate",
    "Invitation",
    "InvitationCreate",
    "InvitationOut",
    "InvitationResults",
    "Job",
    "JobAnalysis",
    "JobAnalysisAnswer",
    "JobApplicationsAdd",
    "JobApplicationsAddSource",
    "JobCompanycontext",
    "JobCreate",
    "JobCreateCompanycontext",
    "JobCreateStatus",
    "JobMatch",
    "JobMatchesType",
    "JobPipelineCounts",
    "JobRequirements",
    "JobRequirementsAnswer",
    "JobRequirementsRequest",
    "JobStatus",
    "JobSummary",
    "JobUpdate",
    "JobUpdateCompanyContextType0",
    "JobUpdateInferRequirementsType0Item",
    "JobUpdateStatusType0",
    "LedgerEntryOut",
    "LedgerKind",
    "ListCandidatesEmploymentStatusType0",
    "ListCandidatesType",
    "ListJobsStatus",
    "ListSkillsOrder",
    "ListSkillsSortby",
    "LiveResponseLive",
    "Location",
    "LoginRequest",
    "Match",
    "MatchBreakdown",
    "MatchDetail",
    "MatchDetailAiAnalysisType0",
    "MatchDetailAiProvenanceType0",
    "MatchFeedback",
    "MatchReason",
    "MatchReasonMethod",
    "MatchStatistics",
    "Member",
    "MemberAdd",
    "MemberUpdate",
    "MentionedMember",
    "Message",
    "MultiDimensionalAnalysis",
    "Note",
    "NoteCreate",
    "NotificationOut",
    "NotificationOutData",
    "OAuthToken",
    "OnetRef",
    "OrganizationOut",
    "OrganizationRef",
    "PageAdminOrganizationOut",
    "PageAdminUserOut",
    "PageApiKeyOut",
    "PageApplication",
    "PageApplicationEvent",
    "PageAssessment",
    "PageAuditEntryOut",
    "PageBlindMatch",
    "PageCandidate",
    "PageCandidateMatch",
    "PageCatalogSkill",
    "PageCompany",
    "PageCreditPackOut",
    "PagedictstrAny",
    "PagedictstrAnyDataItem",
    "PageFeedbackOut",
    "PageHrRequest",
    "PageInterview",
    "PageInvitation",
    "PageInvitationOut",
    "PageJob",
    "PageJobMatch",
    "PageJobPipelineCounts",
    "PageLedgerEntryOut",
    "PageMatch",
    "PageMember",
    "PageNote",
    "PageNotificationOut",
    "PagePaymentOut",
    "PageRejectionReason",
    "PageStage",
    "PageSwapRequest",
    "PageTaskOut",
    "PageWebhookDeliveryOut",
    "PageWebhookEndpointOut",
    "Pagination",
    "Paper",
    "PaperOption",
    "PaperQuestion",
    "PaperQuestionAnswerType0",
    "PaperQuestionKind",
    "PaymentOut",
    "PaymentStatus",
    "Pipeline",
    "PipelineApplicationsbystage",
    "PipelineBystatus",
    "PipelineBytype",
    "PipelineCountsStatus",
    "PipelineFeedback",
    "PipelineFigures",
    "PlaceOut",
    "Profile",
    "ProfileCreate",
    "ProfileCreateCommutemode",
    "ProfileExport",
    "ProfileExportMatchesItem",
    "ProfileExportSwapRequestsItem",
    "ProfileMatch",
    "ProfileMatchRequest",
    "ProfileSkill",
    "ProfileUpdate",
    "ProfileUpdateCommuteModeType0",
    "Provenance",
    "ProvenanceWeights",
    "PublicLocation",
    "PublicProfile",
    "QuestionKit",
    "QuestionKitAnswer",
    "QuestionKitRequest",
    "RankingModelOut",
    "RankingModelOutWeights",
    "ReadAll",
    "ReasonRef",
    "RefreshRequest",
    "RefundRequest",
    "RegisterRequest",
    "RejectedFile",
    "RejectionReason",
    "RejectionReasonCreate",
    "RejectionReasonUpdate",
    "RequiredSkillCoverage",
    "RequirementEvidence",
    "RequirementEvidenceSource",
    "RequirementProvenance",
    "RequirementProvenanceSource",
    "Resume",
    "ResumeParseddata",
    "Role",
    "ScoreBucket",
    "ScoreBucketHistogram",
    "SearchCandidatesEmploymentStatusType0",
    "SearchCandidatesType",
    "SearchCriteria",
    "SearchHit",
    "SearchPage",
    "SkillCategory",
    "SkillCount",
    "SkillCreate",
    "SkillDetail",
    "SkillEvidence",
    "SkillGap",
    "SkillGapImportance",
    "SkillLevelSet",
    "SkillProfile",
    "SkillRequirement",
    "SkillRequirementImportance",
    "SkillsCoverage",
    "SkillSuggestion",
    "SkillSupplyDemand",
    "SkillUpdate",
    "SourceEvidence",
    "SourceEvidenceEvidence",
    "Stage",
    "StageCount",
    "StageCreate",
    "StageFigures",
    "StageKind",
    "StageMove",
    "StageRef",
    "StageUpdate",
    "Submitted",
    "SwapAccept",
    "SwapRequest",
    "SwapRequestCreate",
    "SwapRequestDirection",
    "TalentResult",
    "TalentResultSource",
    "TalentSearchOut",
    "TaskOut",
    "TaskOutResultType0",
    "TaskStatus",
    "UnreadCount",
    "UploadAccepted",
    "UploadedFile",
    "UsageOut",
    "UsageOutAiOperationsItem",
    "UsageOutCreditConsumptionItem",
    "UsageOutCredittotalsbykind",
    "UserOut",
    "ValidationError",
    "ValidationErrorContext",
    "WebhookAck",
    "WebhookDeliveryOut",
    "WebhookEndpointCreate",
    "WebhookEndpointOut",
    "WebhookEndpointUpdate",
    "WebhookEndpointWithSecret",
    "WorkflowOut",
    "WorkflowTrigger",
    "WorkflowTriggerPayload",
)
