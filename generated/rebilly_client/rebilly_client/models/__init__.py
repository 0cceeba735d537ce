# generated from specs/rebilly.yaml by `make generate` — do not edit
"""Contains all the data models used in inputs/outputs"""

from .coupon import Coupon
from .coupon_bxgy_item import CouponBxgyItem
from .coupon_expiration import CouponExpiration
from .coupon_input import CouponInput
from .coupon_restriction_discount_per_redemption import CouponRestrictionDiscountPerRedemption
from .coupon_restriction_discount_per_redemption_type import CouponRestrictionDiscountPerRedemptionType
from .coupon_restriction_exclusive_application import CouponRestrictionExclusiveApplication
from .coupon_restriction_exclusive_application_type import CouponRestrictionExclusiveApplicationType
from .coupon_restriction_maximum_order_amount import CouponRestrictionMaximumOrderAmount
from .coupon_restriction_maximum_order_amount_type import CouponRestrictionMaximumOrderAmountType
from .coupon_restriction_minimum_order_amount import CouponRestrictionMinimumOrderAmount
from .coupon_restriction_minimum_order_amount_type import CouponRestrictionMinimumOrderAmountType
from .coupon_restriction_paid_by_time import CouponRestrictionPaidByTime
from .coupon_restriction_paid_by_time_type import CouponRestrictionPaidByTimeType
from .coupon_restriction_redemptions_per_customer import CouponRestrictionRedemptionsPerCustomer
from .coupon_restriction_redemptions_per_customer_type import CouponRestrictionRedemptionsPerCustomerType
from .coupon_restriction_restrict_to_bxgy import CouponRestrictionRestrictToBxgy
from .coupon_restriction_restrict_to_bxgy_type import CouponRestrictionRestrictToBxgyType
from .coupon_restriction_restrict_to_countries import CouponRestrictionRestrictToCountries
from .coupon_restriction_restrict_to_countries_type import CouponRestrictionRestrictToCountriesType
from .coupon_restriction_restrict_to_customer_tags import CouponRestrictionRestrictToCustomerTags
from .coupon_restriction_restrict_to_customer_tags_type import CouponRestrictionRestrictToCustomerTagsType
from .coupon_restriction_restrict_to_customers import CouponRestrictionRestrictToCustomers
from .coupon_restriction_restrict_to_customers_type import CouponRestrictionRestrictToCustomersType
from .coupon_restriction_restrict_to_invoices import CouponRestrictionRestrictToInvoices
from .coupon_restriction_restrict_to_invoices_type import CouponRestrictionRestrictToInvoicesType
from .coupon_restriction_restrict_to_plans import CouponRestrictionRestrictToPlans
from .coupon_restriction_restrict_to_plans_type import CouponRestrictionRestrictToPlansType
from .coupon_restriction_restrict_to_products import CouponRestrictionRestrictToProducts
from .coupon_restriction_restrict_to_products_type import CouponRestrictionRestrictToProductsType
from .coupon_restriction_restrict_to_subscriptions import CouponRestrictionRestrictToSubscriptions
from .coupon_restriction_restrict_to_subscriptions_type import CouponRestrictionRestrictToSubscriptionsType
from .coupon_restriction_total_redemptions import CouponRestrictionTotalRedemptions
from .coupon_restriction_total_redemptions_type import CouponRestrictionTotalRedemptionsType
from .coupon_status import CouponStatus
from .discount_context import DiscountContext
from .discount_fixed import DiscountFixed
from .discount_fixed_type import DiscountFixedType
from .discount_percent import DiscountPercent
from .discount_percent_type import DiscountPercentType
from .rebilly_conflict_problem import RebillyConflictProblem
from .rebilly_forbidden_problem import RebillyForbiddenProblem
from .rebilly_invalid_field import RebillyInvalidField
from .rebilly_not_found_problem import RebillyNotFoundProblem
from .rebilly_problem import RebillyProblem
from .rebilly_too_many_requests_problem import RebillyTooManyRequestsProblem
from .rebilly_unauthorized_problem import RebillyUnauthorizedProblem
from .rebilly_validation_problem import RebillyValidationProblem
from .self_link import SelfLink
from .self_link_rel import SelfLinkRel

__all__ = (
    "Coupon",
    "CouponBxgyItem",
    "CouponExpiration",
    "CouponInput",
    "CouponRestrictionDiscountPerRedemption",
    "CouponRestrictionDiscountPerRedemptionType",
    "CouponRestrictionExclusiveApplication",
    "CouponRestrictionExclusiveApplicationType",
    "CouponRestrictionMaximumOrderAmount",
    "CouponRestrictionMaximumOrderAmountType",
    "CouponRestrictionMinimumOrderAmount",
    "CouponRestrictionMinimumOrderAmountType",
    "CouponRestrictionPaidByTime",
    "CouponRestrictionPaidByTimeType",
    "CouponRestrictionRedemptionsPerCustomer",
    "CouponRestrictionRedemptionsPerCustomerType",
    "CouponRestrictionRestrictToBxgy",
    "CouponRestrictionRestrictToBxgyType",
    "CouponRestrictionRestrictToCountries",
    "CouponRestrictionRestrictToCountriesType",
    "CouponRestrictionRestrictToCustomers",
    "CouponRestrictionRestrictToCustomersType",
    "CouponRestrictionRestrictToCustomerTags",
    "CouponRestrictionRestrictToCustomerTagsType",
    "CouponRestrictionRestrictToInvoices",
    "CouponRestrictionRestrictToInvoicesType",
    "CouponRestrictionRestrictToPlans",
    "CouponRestrictionRestrictToPlansType",
    "CouponRestrictionRestrictToProducts",
    "CouponRestrictionRestrictToProductsType",
    "CouponRestrictionRestrictToSubscriptions",
    "CouponRestrictionRestrictToSubscriptionsType",
    "CouponRestrictionTotalRedemptions",
    "CouponRestrictionTotalRedemptionsType",
    "CouponStatus",
    "DiscountContext",
    "DiscountFixed",
    "DiscountFixedType",
    "DiscountPercent",
    "DiscountPercentType",
    "RebillyConflictProblem",
    "RebillyForbiddenProblem",
    "RebillyInvalidField",
    "RebillyNotFoundProblem",
    "RebillyProblem",
    "RebillyTooManyRequestsProblem",
    "RebillyUnauthorizedProblem",
    "RebillyValidationProblem",
    "SelfLink",
    "SelfLinkRel",
)
