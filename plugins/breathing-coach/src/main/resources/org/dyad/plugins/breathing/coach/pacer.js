/*
 * Dyad breathing pacer. Plays a timeline of phases computed on the server, entirely in the browser.
 * Every boundary is scheduled from the start time (t0 + offset), never from the previous timer, so the pacer does not
 * drift. Each boundary is appended to window.__dyadPacerLog ({phase, cycle, scheduled, actual} in ms from t0) so that
 * a browser test can measure it. The root element carries data-state, data-phase and data-cycle.
 */
(function () {
  'use strict';
  if (window.DyadPacer) {
    return;
  }
  window.__dyadPacerLog = window.__dyadPacerLog || [];

  var TONES = {'inhale': 392, 'hold-in': 330, 'exhale': 294, 'hold-out': 330};

  function el(tag, cls, parent) {
    var node = document.createElement(tag);
    node.className = cls;
    parent.appendChild(node);
    return node;
  }

  function Pacer(root, plan) {
    this.root = root;
    this.plan = plan;
    this.timers = [];
    this.index = -1;
    this.sound = false;
    this.build();
    this.setState('ready');
  }

  Pacer.prototype.build = function () {
    this.root.textContent = '';
    var stage = el('div', 'dyad-pacer__stage', this.root);
    this.shape = el('div', 'dyad-pacer__shape', stage);
    this.shape.setAttribute('aria-hidden', 'true');
    this.phaseText = el('div', 'dyad-pacer__phase', this.root);
    this.countText = el('div', 'dyad-pacer__count', this.root);
    this.countText.setAttribute('aria-hidden', 'true');
    var progress = el('div', 'dyad-pacer__progress', this.root);
    progress.setAttribute('aria-hidden', 'true');
    this.bar = el('div', 'dyad-pacer__bar', progress);
    this.cycleText = el('div', 'dyad-pacer__cycle', this.root);
    this.live = el('div', 'dyad-pacer__live', this.root);
    this.live.setAttribute('role', 'status');
    this.live.setAttribute('aria-live', 'polite');
    this.phaseText.textContent = this.plan.readyText || '';
    this.setScale(this.plan.steps.length ? 0.45 : 1, 0);
  };

  Pacer.prototype.setState = function (state) {
    this.state = state;
    this.root.dataset.state = state;
  };

  Pacer.prototype.setScale = function (scale, ms) {
    this.shape.style.transitionDuration = ms + 'ms';
    this.shape.style.transform = 'scale(' + scale + ')';
  };

  Pacer.prototype.later = function (at, fn) {
    var self = this;
    this.timers.push(setTimeout(function () { fn.call(self, at); }, Math.max(0, at - performance.now())));
  };

  Pacer.prototype.clearTimers = function () {
    this.timers.forEach(clearTimeout);
    this.timers = [];
  };

  Pacer.prototype.start = function () {
    if (this.state === 'running') {
      return;
    }
    this.t0 = performance.now();
    this.index = -1;
    this.setState('running');
    this.scheduleFrom(0);
  };

  Pacer.prototype.scheduleFrom = function (next) {
    var steps = this.plan.steps;
    for (var i = next; i < steps.length; i++) {
      this.later(this.t0 + steps[i].start, this.enter.bind(this, i));
    }
    this.later(this.t0 + this.plan.total, this.finish);
  };

  Pacer.prototype.enter = function (i, at) {
    var step = this.plan.steps[i];
    this.index = i;
    this.record(step.phase, step.cycle, step.start, at);
    this.show(step, step.duration);
    this.announce(step.label);
    this.tone(step.phase);
    this.scheduleCounts(step);
  };

  Pacer.prototype.record = function (phase, cycle, scheduled, at) {
    var now = performance.now();
    window.__dyadPacerLog.push({phase: phase, cycle: cycle, scheduled: scheduled,
      actual: Math.round((now - this.t0) * 10) / 10, late: Math.round((now - at) * 10) / 10});
  };

  Pacer.prototype.show = function (step, remainingMs) {
    this.root.dataset.phase = step.phase;
    this.root.dataset.cycle = String(step.cycle);
    this.phaseText.textContent = step.label;
    this.cycleText.textContent = (this.plan.cycleText || '{0} / {1}')
        .replace('{0}', step.cycle).replace('{1}', this.plan.cycles);
    this.setScale(step.scale, remainingMs);
  };

  Pacer.prototype.scheduleCounts = function (step) {
    var seconds = step.duration / 1000;
    var begin = this.t0 + step.start;
    this.count(1, seconds);
    for (var k = 1; k < seconds; k++) {
      this.later(begin + k * 1000, this.count.bind(this, k + 1, seconds));
    }
  };

  Pacer.prototype.count = function (n, of) {
    this.countText.textContent = String(n);
    this.bar.style.width = Math.round(100 * n / of) + '%';
  };

  Pacer.prototype.announce = function (text) {
    this.live.textContent = text;
  };

  Pacer.prototype.finish = function (at) {
    this.clearTimers();
    this.record('end', this.plan.cycles, this.plan.total, at);
    this.setState('finished');
    this.showEnd(this.plan.doneText);
    this.setScale(0.45, 1500);
    this.dispatch(this.plan.cycles, true);
  };

  Pacer.prototype.showEnd = function (text) {
    delete this.root.dataset.phase;
    this.phaseText.textContent = text || '';
    this.countText.textContent = '';
    this.cycleText.textContent = '';
    this.announce(text || '');
  };

  Pacer.prototype.pause = function () {
    if (this.state !== 'running') {
      return;
    }
    this.clearTimers();
    this.pausedAt = performance.now();
    var frozen = getComputedStyle(this.shape).transform;
    this.shape.style.transitionDuration = '0ms';
    this.shape.style.transform = frozen;
    this.setState('paused');
    this.announce(this.plan.pausedText || '');
  };

  Pacer.prototype.resume = function () {
    if (this.state !== 'paused') {
      return;
    }
    var now = performance.now();
    this.t0 += now - this.pausedAt;
    this.setState('running');
    var step = this.plan.steps[this.index];
    if (step) {
      this.show(step, Math.max(0, this.t0 + step.start + step.duration - now));
      this.announce(step.label);
      this.resumeCounts(step, now);
    }
    this.scheduleFrom(this.index + 1);
  };

  Pacer.prototype.resumeCounts = function (step, now) {
    var seconds = step.duration / 1000;
    var begin = this.t0 + step.start;
    for (var k = 1; k < seconds; k++) {
      if (begin + k * 1000 > now) {
        this.later(begin + k * 1000, this.count.bind(this, k + 1, seconds));
      }
    }
  };

  /** Cycles fully breathed so far. */
  Pacer.prototype.completedCycles = function () {
    var step = this.plan.steps[this.index];
    return step ? step.cycle - 1 : 0;
  };

  Pacer.prototype.stop = function () {
    if (this.state !== 'running' && this.state !== 'paused') {
      return -1;
    }
    this.clearTimers();
    var done = this.completedCycles();
    this.setState('stopped');
    this.showEnd(this.plan.stoppedText);
    this.setScale(0.45, 800);
    this.dispatch(done, false);
    return done;
  };

  Pacer.prototype.dispatch = function (cycles, complete) {
    this.root.dispatchEvent(new CustomEvent('dyad-pacer-end', {detail: {cycles: cycles, complete: complete}}));
  };

  Pacer.prototype.tone = function (phase) {
    if (!this.sound || !window.AudioContext) {
      return;
    }
    try {
      var ctx = this.audio || (this.audio = new AudioContext());
      if (ctx.state === 'suspended') {
        ctx.resume();
      }
      var osc = ctx.createOscillator();
      var gain = ctx.createGain();
      var now = ctx.currentTime;
      osc.type = 'sine';
      osc.frequency.value = TONES[phase] || 330;
      gain.gain.setValueAtTime(0, now);
      gain.gain.linearRampToValueAtTime(0.05, now + 0.15);
      gain.gain.linearRampToValueAtTime(0, now + 0.9);
      osc.connect(gain).connect(ctx.destination);
      osc.start(now);
      osc.stop(now + 1);
    } catch (e) {
      this.sound = false;
    }
  };

  Pacer.prototype.dispose = function () {
    this.clearTimers();
    if (this.audio) {
      this.audio.close();
    }
  };

  function pacer(root) {
    return root.__dyadPacer;
  }

  window.DyadPacer = {
    mount: function (root, planJson) {
      if (root.__dyadPacer) {
        root.__dyadPacer.dispose();
      }
      root.__dyadPacer = new Pacer(root, JSON.parse(planJson));
    },
    start: function (root) { pacer(root).start(); },
    pause: function (root) { pacer(root).pause(); },
    resume: function (root) { pacer(root).resume(); },
    stop: function (root) { return pacer(root).stop(); },
    sound: function (root, on) {
      var p = pacer(root);
      p.sound = !!on;
      if (on && !p.audio && window.AudioContext) {
        p.audio = new AudioContext();
      }
    },
    dispose: function (root) {
      if (root.__dyadPacer) {
        root.__dyadPacer.dispose();
        delete root.__dyadPacer;
      }
    }
  };
})();
