import { browser } from 'wxt/browser';
import { NOTICE_BUTTONS, type ClockPorts } from './reminder-clock';
import { openPost } from './open-post';

/** The reminder clock's ports on the real browser: alarms, notifications, tabs. */
export function browserClockPorts(): ClockPorts {
  return {
    setAlarm: async (name, when) => {
      await browser.alarms.create(name, { when });
    },
    clearAlarm: async (name) => {
      await browser.alarms.clear(name);
    },
    alarmNames: async () => (await browser.alarms.getAll()).map((alarm) => alarm.name),
    notify: async (id, notice) => {
      await browser.notifications.create(id, {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icon/128.png'),
        title: notice.title,
        message: notice.message,
        // Firefox shows no notification buttons; a click on the notification opens the post.
        ...(import.meta.env.FIREFOX ? {} : { buttons: NOTICE_BUTTONS.map((title) => ({ title })), requireInteraction: true }),
      });
    },
    clearNotification: async (id) => {
      await browser.notifications.clear(id);
    },
    openPost,
    now: Date.now,
  };
}
