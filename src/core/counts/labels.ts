import type { Channel } from './dimensions';
import type { FunnelStep, PlaceMetric } from './metrics';
import type { PersonOutcome, VolunteerOutcome } from './vocabulary';

/** Organizers' words for the dashboard and the daily-report CSV (Vietnamese: the organizers' language). */
export const METRIC_LABELS: Record<PlaceMetric, string> = {
  guided: 'Lượt kiểm tra điều kiện',
  outcomes: 'Lượt có kết quả',
  activation_started: 'Bắt đầu hướng dẫn kích hoạt',
  activation_finished: 'Hoàn thành hướng dẫn kích hoạt',
  stuck: 'Lượt “Tôi bị vướng”',
  point_searches: 'Lượt tìm điểm đăng ký',
  kiosk_sessions: 'Lượt dùng ki-ốt',
  households: 'Hộ được tình nguyện viên đến',
  households_activated: 'Hộ đã kích hoạt (tình nguyện viên)',
  links_opened: 'Lượt mở liên kết/QR',
  screens: 'Lượt mở màn hình',
  tutorials_finished: 'Hoàn thành hướng dẫn (mọi bài)',
  outcome_ready: 'Kết quả: làm được ngay',
  outcome_prepare: 'Kết quả: cần thẻ/SIM trước',
  outcome_done: 'Kết quả: đã có/chờ duyệt',
  outcome_other: 'Kết quả: khác',
  people: 'Người trong các hộ (tình nguyện viên)',
  people_activated: 'Người đã kích hoạt (tình nguyện viên)',
};

export const CHANNEL_LABELS: Record<Channel, string> = {
  phone: 'Điện thoại',
  kiosk: 'Ki-ốt',
  volunteer: 'Tình nguyện viên',
};

export const FUNNEL_LABELS: Record<FunnelStep, string> = {
  checker_start: 'Bắt đầu kiểm tra',
  checker_outcome: 'Có kết quả',
  activation_start: 'Bắt đầu hướng dẫn kích hoạt',
  activation_finish: 'Hoàn thành kích hoạt',
};

export const VOLUNTEER_OUTCOME_LABELS: Record<VolunteerOutcome, string> = {
  'activated-level1': 'Đã kích hoạt mức 1',
  'activated-level2': 'Đã kích hoạt mức 2',
  'registered-waiting': 'Đã đăng ký, chờ duyệt',
  'referred-level2': 'Hướng dẫn đến công an làm mức 2',
  'not-eligible': 'Chưa đủ điều kiện',
  'nobody-home': 'Không có ai ở nhà',
};

/** People within a household visit, by outcome (the dashboard's list; decision 0032). */
export const PERSON_OUTCOME_LABELS: Record<PersonOutcome, string> = {
  'activated-level2': 'Đã kích hoạt mức 2',
  'activated-level1': 'Đã kích hoạt mức 1',
  'registered-waiting': 'Đã đăng ký, chờ duyệt',
  'referred-level2': 'Hướng dẫn đến công an làm mức 2',
  'already-active': 'Đã có tài khoản từ trước',
  'no-chip-card': 'Cần làm thẻ căn cước gắn chip',
  'card-lost-expired': 'Thẻ bị mất hoặc hết hạn',
  'sim-other': 'Số điện thoại chưa đứng tên mình',
  'no-smartphone': 'Không có điện thoại thông minh',
  'child-no-card': 'Trẻ dưới 14 tuổi chưa có thẻ căn cước',
  other: 'Lý do khác',
};
