//! The kiosk's configuration in the app: `/config/kiosk.toml` fetched once at start-up (served
//! next to the app, so a commune changes it without rebuilding), read by
//! `pasapas_core::installation::config`, and provided to every screen. Until it arrives, and
//! whatever is wrong in it, the built-in defaults serve people.

use crate::browser::FetchProblem;
use crate::i18n::LANGUAGES;
use crate::offline::{fetch_commune_file, Origin};
use leptos::prelude::*;
use leptos::reactive::computed::ScopedFuture;
use pasapas_core::content::languages::Language;
use pasapas_core::installation::config::{
    parse_file, worth_keeping, ConfigProblem, KioskConfig, CONFIG_URL,
};
use std::sync::{Arc, LazyLock};

/// How the configuration file was found, for the agent screen.
#[derive(Debug, Clone, PartialEq)]
pub enum ConfigStatus {
    /// Read; the problems (possibly none) are listed.
    Read(Vec<ConfigProblem>),
    /// Not on the server (HTTP status): the defaults are in force.
    Missing(u16),
    /// The network or the server failed: the defaults are in force.
    Unreachable(String),
}

/// The settings in force and how they were found.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadedConfig {
    pub settings: Arc<KioskConfig>,
    /// What the server answered.
    pub status: ConfigStatus,
    /// Where the settings in force come from: the server, or the kiosk's last good copy.
    pub origin: Origin,
}

/// The configuration as screens read it: `None` while it loads.
#[derive(Clone, Copy)]
pub struct Config(LocalResource<Arc<LoadedConfig>>);

impl Config {
    /// The settings in force now: the defaults until the file is read (tracked).
    pub fn settings(&self) -> Arc<KioskConfig> {
        match self.0.get() {
            Some(loaded) => Arc::clone(&loaded.settings),
            None => Arc::clone(&DEFAULTS),
        }
    }

    /// The settings in force now, without tracking (in event handlers).
    pub fn settings_untracked(&self) -> Arc<KioskConfig> {
        match self.0.get_untracked() {
            Some(loaded) => Arc::clone(&loaded.settings),
            None => Arc::clone(&DEFAULTS),
        }
    }

    /// Everything known about the file: `None` while it loads (tracked).
    pub fn loaded(&self) -> Option<Arc<LoadedConfig>> {
        self.0.get()
    }

    /// The configuration once read, for what must wait for it (the places file it names).
    /// Untracked: awaited in a resource, it would subscribe that resource to the configuration,
    /// and the file's arrival would run the resource a second time (the places read twice).
    pub async fn when_read(self) -> Arc<LoadedConfig> {
        ScopedFuture::new_untracked(std::future::IntoFuture::into_future(self.0)).await
    }
}

impl Config {
    /// The languages the picker offers, in the configuration's order.
    pub fn enabled_languages(&self) -> Vec<&'static Language> {
        languages_of(&self.settings())
    }

    /// The languages the picker offers, once the file is read (for work that can wait for it).
    pub async fn enabled_languages_when_read(self) -> Vec<&'static Language> {
        languages_of(&self.when_read().await.settings)
    }
}

fn languages_of(settings: &KioskConfig) -> Vec<&'static Language> {
    settings
        .enabled_languages
        .iter()
        .filter_map(|code| LANGUAGES.get(code))
        .collect()
}

/// The built-in settings, made once.
static DEFAULTS: LazyLock<Arc<KioskConfig>> = LazyLock::new(|| Arc::new(defaults()));

/// The built-in settings, with the kiosk's languages.
pub fn defaults() -> KioskConfig {
    let codes = language_codes();
    KioskConfig::defaults(&codes, &LANGUAGES.default)
}

fn language_codes() -> Vec<&'static str> {
    LANGUAGES
        .languages
        .iter()
        .map(|l| l.code.as_str())
        .collect()
}

/// Starts fetching the configuration; call once, in `App`, before the places.
pub fn provide_config() -> Config {
    let resource = LocalResource::new(|| async {
        let loaded = load().await;
        match &loaded.status {
            ConfigStatus::Read(problems) if problems.is_empty() => {
                log::info!("{CONFIG_URL}: read, no problem")
            }
            ConfigStatus::Read(problems) => {
                log::warn!("{CONFIG_URL}: {} problem(s): {problems:?}", problems.len())
            }
            other => log::warn!("{CONFIG_URL}: {other:?}; in force: {:?}", loaded.origin),
        }
        Arc::new(loaded)
    });
    let config = Config(resource);
    provide_context(config);
    config
}

async fn load() -> LoadedConfig {
    let codes = language_codes();
    let read = async |bytes: &[u8]| Arc::new(parse_file(bytes, &codes, &LANGUAGES.default));
    let file = fetch_commune_file(CONFIG_URL, read, |read| worth_keeping(&read.1)).await;
    // The status is the server's answer; the settings come from the copy in use.
    let status = match file.server {
        Ok(read) => ConfigStatus::Read(read.1.clone()),
        Err(FetchProblem::Status(code)) => ConfigStatus::Missing(code),
        Err(FetchProblem::Network(why)) => ConfigStatus::Unreachable(why),
    };
    let settings = match file.in_use {
        Some(read) => Arc::new(read.0.clone()),
        None => Arc::clone(&DEFAULTS),
    };
    LoadedConfig {
        settings,
        status,
        origin: file.origin,
    }
}

/// The configuration provided by `App`.
pub fn use_config() -> Config {
    expect_context::<Config>()
}
